import { assessLetterQuality, letterProblems } from '../../src/ingest/letter-quality';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';

function parsed(file: string): ParsedLetter {
  const result = parseLetter(readBundledLetter(file));
  if (!result.ok) throw new Error(`${file} no longer parses`);
  return result.letter;
}

describe('letter quality', () => {
  it('counts what the real APA letter gives and finds nothing missing', () => {
    const letter = parsed(LETTER_FILES.bathApa2006);
    const lists = letter.outcomeAreas.reduce((sum, area) => sum + area.strengths.length + area.areasForImprovement.length, 0);
    expect(assessLetterQuality(letter)).toEqual({
      kind: 'ANNUAL_PERFORMANCE_ASSESSMENT',
      year: 2006,
      authorityName: 'Bath and North East Somerset Council',
      overallGrade: 3,
      outcomeAreas: 6,
      listItems: lists + letter.aspectsForFocus.length,
      settingJudgements: 0,
      warnings: [],
      missingSections: [],
    });
    expect(lists).toBe(28);
    expect(letterProblems(letter)).toEqual([]);
  });

  it('names the outcome areas an APA parse lacks', () => {
    const letter = parsed(LETTER_FILES.bathApa2006);
    letter.outcomeAreas = letter.outcomeAreas.filter((area) => area.area !== 'STAYING_SAFE' && area.area !== 'SERVICE_MANAGEMENT');
    expect(letterProblems(letter)).toEqual([
      'an APA letter has 6 outcome areas; this parse has 4 (missing STAYING_SAFE, SERVICE_MANAGEMENT)',
    ]);
  });

  it('says when a rating letter gave no setting statements, and finds none missing in the real ones', () => {
    for (const file of [LETTER_FILES.kentRating2009, LETTER_FILES.dorsetRating2009, LETTER_FILES.bathRating2009]) {
      expect(letterProblems(parsed(file))).toEqual([]);
    }
    const letter = parsed(LETTER_FILES.kentRating2009);
    letter.settingJudgements = [];
    expect(letterProblems(letter)).toEqual(['a rating letter judges settings; this parse found no setting statements']);
  });

  it("puts the parser's warnings first, and treats a parse without the field as having none", () => {
    const letter = parsed(LETTER_FILES.kentRating2009);
    expect(assessLetterQuality(letter).warnings).toEqual([]);
    const warned = Object.assign(letter, { warnings: ['read "adequatly" as "adequately"'], settingJudgements: [] });
    expect(letterProblems(warned)).toEqual([
      'read "adequatly" as "adequately"',
      'a rating letter judges settings; this parse found no setting statements',
    ]);
  });
});
