import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLetter } from '../../src/letters/parse-letter';
import { LETTER_FIXTURES } from './expected-letter';

const worcestershire = readFileSync(path.join(LETTER_FIXTURES, 'real', '002_b774c7640ba4b2c6.txt'), 'utf8');
const RATING_LINE = /Children's services rating\tPerform adequately \(2\)/;

function overallGrade(text: string): number | null {
  const result = parseLetter(text);
  return result.ok ? result.letter.overallGrade : null;
}

describe('the 2009 rating in every wording and layout', () => {
  it.each([
    ['Performs excellently (4)', 4],
    ['Performs well (3)', 3],
    ['Perform adequately (2)', 2],
    ['Performs poorly (1)', 1],
    ['performs poorly', 1],
  ])('reads "%s" on the rating line', (phrase, grade) => {
    const text = worcestershire.replace(RATING_LINE, `Children's services rating\t${phrase}`).replace('perform adequately.', 'perform.');
    expect(overallGrade(text)).toBe(grade);
  });

  it('reads the rating on its own line below its label', () => {
    const text = worcestershire
      .replace(RATING_LINE, "Children's services rating\n\n\nPerforms excellently (4)")
      .replace('perform adequately.', 'perform.');
    expect(overallGrade(text)).toBe(4);
  });

  it('reads the rating separated from its label by spaces', () => {
    const text = worcestershire
      .replace(RATING_LINE, "Children's services rating          Performs well (3)")
      .replace('perform adequately.', 'perform.');
    expect(overallGrade(text)).toBe(3);
  });

  it('falls back on the verdict sentence when the rating table is missing', () => {
    expect(overallGrade(worcestershire.replace(RATING_LINE, ''))).toBe(2);
  });

  it('does not read the four-point scale table as the rating', () => {
    const text = worcestershire.replace(RATING_LINE, '').replace('perform adequately.', 'are described below.');
    const result = parseLetter(text);
    expect(result.ok).toBe(false);
  });
});
