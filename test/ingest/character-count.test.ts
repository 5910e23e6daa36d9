import { characterCount, longerThan } from '../../src/ingest/validate-parsed-letter';

describe('characterCount', () => {
  it('counts code points, so a character outside the Basic Multilingual Plane is one', () => {
    expect(characterCount('')).toBe(0);
    expect(characterCount('Kent')).toBe(4);
    expect(characterCount('children’s – £5')).toBe(15);
    expect(characterCount('😀😀')).toBe(2);
    expect(characterCount('a😀b')).toBe(3);
    expect(characterCount('a😀b')).toBe([...'a😀b'].length);
  });

  it('counts a lone surrogate as one character', () => {
    expect(characterCount('\ud83d')).toBe(1);
    expect(characterCount('\ude00\ud83d')).toBe(2);
  });
});

describe('longerThan', () => {
  it('is false for nothing and for text of at most the limit', () => {
    expect(longerThan(null, 0)).toBe(false);
    expect(longerThan(undefined, 0)).toBe(false);
    expect(longerThan('abc', 3)).toBe(false);
    expect(longerThan('😀😀😀', 3)).toBe(false);
  });

  it('is true past the limit', () => {
    expect(longerThan('abcd', 3)).toBe(true);
    expect(longerThan('😀😀😀😀', 3)).toBe(true);
  });
});
