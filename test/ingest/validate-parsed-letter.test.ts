import { MAX_LONG_TEXT_CHARS } from '../../src/entities/column-widths';
import { findFileNameProblem, findStorageProblems } from '../../src/ingest/validate-parsed-letter';
import type { Grade } from '../../src/letters/parsed-letter';
import { sampleParsedLetter } from './sample-parsed-letter';

describe('findStorageProblems', () => {
  it('finds nothing wrong with a well-formed letter', () => {
    expect(findStorageProblems(sampleParsedLetter())).toEqual([]);
  });

  it('rejects a recipient name longer than its column', () => {
    const letter = sampleParsedLetter();
    letter.recipient = { name: 'x'.repeat(121), role: null };
    expect(findStorageProblems(letter)).toEqual(['recipient name is longer than 120 characters']);
  });

  it('counts characters, not UTF-16 units, against the column width', () => {
    const letter = sampleParsedLetter();
    letter.recipient = { name: '😀'.repeat(120), role: null };
    expect(findStorageProblems(letter)).toEqual([]);
  });

  it('rejects grades outside 1-4 and a date that is not ISO', () => {
    const letter = sampleParsedLetter();
    letter.overallGrade = 5 as Grade;
    letter.publishedOn = '9 December 2009';
    expect(findStorageProblems(letter)).toEqual(['publishedOn "9 December 2009" is not an ISO date', 'overallGrade 5 is not 1-4']);
  });

  it('rejects an over-long outcome judgement and a negative setting count', () => {
    const letter = sampleParsedLetter();
    letter.outcomeAreas[0]!.judgement = 'good '.repeat(60);
    letter.settingJudgements[0]!.count = -1;
    expect(findStorageProblems(letter)).toEqual([
      'BEING_HEALTHY judgement is longer than 255 characters',
      'setting judgement 1 (PUPIL_REFERRAL_UNITS) has a count or total that is not a whole number',
    ]);
  });

  it('rejects a proportion above one', () => {
    const letter = sampleParsedLetter();
    letter.settingJudgements[1]!.proportion = 1.5;
    expect(findStorageProblems(letter)).toEqual(['setting judgement 2 (CHILDRENS_HOMES) has a proportion outside 0-1']);
  });
});

describe('findStorageProblems on long text', () => {
  const atLimit = 'x'.repeat(MAX_LONG_TEXT_CHARS);
  const overLimit = `${atLimit}x`;

  it('accepts every long-text field at exactly the limit, counting characters rather than UTF-16 units', () => {
    const letter = sampleParsedLetter();
    letter.summary = atLimit;
    letter.outcomeAreas[0]!.narrative = '😀'.repeat(MAX_LONG_TEXT_CHARS);
    // Two quotes and two brackets of JSON around the one item.
    letter.outcomeAreas[0]!.strengths = ['x'.repeat(MAX_LONG_TEXT_CHARS - 4)];
    letter.settingJudgements[0]!.evidence = atLimit;
    letter.aspectsForFocus = [atLimit];
    expect(findStorageProblems(letter)).toEqual([]);
  });

  it('names each long-text field over the limit', () => {
    const letter = sampleParsedLetter();
    letter.summary = overLimit;
    letter.outcomeAreas[0]!.narrative = overLimit;
    letter.outcomeAreas[0]!.strengths = ['x'.repeat(MAX_LONG_TEXT_CHARS - 3)];
    letter.outcomeAreas[0]!.areasForImprovement = [atLimit];
    letter.settingJudgements[1]!.evidence = overLimit;
    letter.aspectsForFocus = ['short', overLimit];
    expect(findStorageProblems(letter)).toEqual([
      `the summary is longer than ${MAX_LONG_TEXT_CHARS} characters`,
      `the BEING_HEALTHY narrative is longer than ${MAX_LONG_TEXT_CHARS} characters`,
      `the BEING_HEALTHY strengths, stored as JSON, are longer than ${MAX_LONG_TEXT_CHARS} characters`,
      `the BEING_HEALTHY areas for improvement, stored as JSON, are longer than ${MAX_LONG_TEXT_CHARS} characters`,
      `the evidence of setting judgement 2 (CHILDRENS_HOMES) is longer than ${MAX_LONG_TEXT_CHARS} characters`,
      `aspect for focus 2 is longer than ${MAX_LONG_TEXT_CHARS} characters`,
    ]);
  });

  it('counts the escapes JSON adds to a list item against the limit', () => {
    const letter = sampleParsedLetter();
    // Each quotation mark is stored as two characters, \".
    letter.outcomeAreas[0]!.strengths = ['"'.repeat(MAX_LONG_TEXT_CHARS / 2)];
    expect(findStorageProblems(letter)).toEqual([
      `the BEING_HEALTHY strengths, stored as JSON, are longer than ${MAX_LONG_TEXT_CHARS} characters`,
    ]);
  });

  it('keeps the limit within MEDIUMTEXT for the widest characters: four bytes each in utf8mb4', () => {
    expect(MAX_LONG_TEXT_CHARS * 4).toBeLessThanOrEqual(16_777_215);
  });
});

describe('findFileNameProblem', () => {
  it('accepts no file name and names up to 255 characters', () => {
    expect(findFileNameProblem(null)).toBeNull();
    expect(findFileNameProblem(`${'k'.repeat(251)}.txt`)).toBeNull();
  });

  it('rejects a file name too long for its column', () => {
    expect(findFileNameProblem(`${'k'.repeat(252)}.txt`)).toBe('the file name is longer than 255 characters');
  });
});
