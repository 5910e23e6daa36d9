import { findMatches, markMatches } from '../../../src/resolvers/search/highlight';

describe('findMatches', () => {
  it('finds every word that starts with a search word, ignoring case', () => {
    const passage = 'Fostering services and private FOSTERING; the foster carers.';
    expect(findMatches(passage, ['foster']).map(({ start, end }) => passage.slice(start, end))).toEqual([
      'Fostering',
      'FOSTERING',
      'foster',
    ]);
  });

  it('matches at word starts only, and ignores accents', () => {
    const passage = 'Refostering is not a café, but a cafe is.';
    expect(findMatches(passage, ['foster'])).toEqual([]);
    expect(findMatches(passage, ['cafe']).map(({ start, end }) => passage.slice(start, end))).toEqual(['café', 'cafe']);
  });

  it('gives UTF-16 offsets, in order, for several words', () => {
    expect(findMatches('CAMHS’ waiting lists for CAMHS', ['camhs', 'lists'])).toEqual([
      { start: 0, end: 5 },
      { start: 15, end: 20 },
      { start: 25, end: 30 },
    ]);
  });
});

describe('markMatches', () => {
  it('wraps each match in <mark> and escapes everything else', () => {
    const passage = "<b>Children's</b> homes & fostering";
    expect(markMatches(passage, findMatches(passage, ['children', 'fostering']))).toBe(
      '&lt;b&gt;<mark>Children</mark>&apos;s&lt;/b&gt; homes &amp; <mark>fostering</mark>',
    );
  });

  it('returns the escaped passage when nothing matched', () => {
    expect(markMatches('a "quoted" word', [])).toBe('a &quot;quoted&quot; word');
  });
});
