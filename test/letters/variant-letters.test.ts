import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseLetter } from '../../src/letters/parse-letter';
import { LETTER_FIXTURES, pickExpectedKeys } from './expected-letter';

/**
 * Letters written for the tests, each with its expected parse: `variants/` in the forms real
 * copies come in, `blind/` in wordings the parser was not built from (written to measure it;
 * see docs/parsing.md).
 */
const variants = ['variants', 'blind'].flatMap((folder) => {
  const directory = path.join(LETTER_FIXTURES, folder);
  return readdirSync(directory)
    .filter((name) => /\.(txt|html|md)$/.test(name))
    .sort()
    .map((name) => ({
      name: `${folder}/${name}`,
      text: readFileSync(path.join(directory, name), 'utf8'),
      expected: JSON.parse(readFileSync(path.join(directory, 'expected', name.replace(/\.\w+$/, '.json')), 'utf8')) as Record<string, unknown>,
    }));
});

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
