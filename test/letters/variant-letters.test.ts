import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseLetter } from '../../src/letters/parse-letter';
import { LETTER_FIXTURES, pickExpectedKeys } from './expected-letter';

const VARIANTS = path.join(LETTER_FIXTURES, 'variants');

/** Letters written for the tests in the forms real copies come in, each with its expected parse. */
const variants = readdirSync(VARIANTS)
  .filter((name) => /\.(txt|html|md)$/.test(name))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(path.join(VARIANTS, name), 'utf8'),
    expected: JSON.parse(readFileSync(path.join(VARIANTS, 'expected', name.replace(/\.\w+$/, '.json')), 'utf8')) as Record<string, unknown>,
  }));

describe.each(variants)('variant letter $name', ({ text, expected }) => {
  const result = parseLetter(text);

  it('parses', () => {
    expect(result).toMatchObject({ ok: true });
  });

  it('gives every expected field', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(pickExpectedKeys(result.letter, expected)).toEqual(expected);
  });

  it('gives clean strings only', () => {
    if (!result.ok) throw new Error(result.error.message);
    const strings = JSON.stringify(result.letter).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const value of strings) {
      expect(value).not.toMatch(
        /<\/?[a-z]+[^>]*>|&(?:amp|nbsp|#\d+|rsquo);|\\t|\\r|\\n|\u00a0|[\u2018\u2019\u201c\u201d]|\*\*|PROTECT|Page \d of/,
      );
      expect(value).not.toMatch(/ {2}/);
    }
  });
});
