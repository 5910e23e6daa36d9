import { assessLetterQuality, letterProblems } from '../../src/ingest/letter-quality';
import { describeWarning } from '../../src/letters/parse-warnings';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { WarningCode } from '../../src/domain/enums';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';

function parsed(file: string): ParsedLetter {
  const result = parseLetter(readBundledLetter(file));
  if (!result.ok) throw new Error(`${file} no longer parses`);
  return result.letter;
}

describe('letter quality', () => {
  it('counts what the real APA letter gives and finds it complete', () => {
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
      complete: true,
      warnings: [],
    });
    expect(lists).toBe(28);
    expect(letterProblems(letter)).toEqual([]);
  });

  it('is incomplete when a warning says part of the letter went unread, but not for a misspelt word that was read', () => {
    const letter = parsed(LETTER_FILES.kentRating2009);
    letter.warnings = [
      { code: WarningCode.MISSPELT_WORD, message: 'misspelt grade word "adequatly" read as "adequately"', evidence: null },
    ];
    expect(assessLetterQuality(letter).complete).toBe(true);
    letter.warnings.push({
      code: WarningCode.UNREAD_STATEMENT,
      message: 'the sentence names childminders ...',
      evidence: 'Childminders: mixed.',
    });
    expect(assessLetterQuality(letter).complete).toBe(false);
  });

  it('describes each warning on one line, with its code first and its evidence quoted', () => {
    expect(describeWarning({ code: WarningCode.NO_SETTING_STATEMENTS, message: 'no setting judgement was read', evidence: null })).toBe(
      'NO_SETTING_STATEMENTS: no setting judgement was read',
    );
    expect(describeWarning({ code: WarningCode.UNREAD_STATEMENT, message: 'names childminders', evidence: 'Childminders: mixed.' })).toBe(
      'UNREAD_STATEMENT: names childminders: "Childminders: mixed."',
    );
  });
});
