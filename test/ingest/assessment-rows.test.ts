import { WarningCode } from '../../src/domain/enums';
import { toAssessmentRow, toOutcomeAreaRows, toSettingJudgementRows } from '../../src/ingest/assessment-rows';
import { sampleParsedLetter } from './sample-parsed-letter';

describe('assessment rows', () => {
  it('maps the letter onto an assessment row for the given authority and source letter', () => {
    expect(toAssessmentRow(sampleParsedLetter(), 42, 7)).toEqual({
      authorityId: 42,
      kind: 'ANNUAL_PERFORMANCE_ASSESSMENT',
      year: 2006,
      publishedOn: '2006-11-30',
      overallGrade: 3,
      capacityToImproveGrade: 3,
      socialCareGrade: 2,
      summary: 'Kent delivers a good service.',
      recipientName: 'Ms Rosalind Turner',
      recipientRole: 'Managing Director',
      sourceLetterId: 7,
      warnings: [],
      complete: true,
    });
  });

  it('keeps the parse warnings with the assessment, and marks it incomplete when one says something went unread', () => {
    const letter = sampleParsedLetter();
    letter.warnings = [{ code: WarningCode.MISSING_AREA, message: 'no "staying safe" section was found', evidence: null }];
    expect(toAssessmentRow(letter, 1, 1)).toMatchObject({ warnings: letter.warnings, complete: false });
  });

  it('stores null recipient columns when the letter names nobody', () => {
    const letter = sampleParsedLetter();
    letter.recipient = null;
    expect(toAssessmentRow(letter, 1, 1)).toMatchObject({ recipientName: null, recipientRole: null });
  });

  it('attaches outcome areas to the assessment with their lists intact', () => {
    expect(toOutcomeAreaRows(sampleParsedLetter(), 9)).toEqual([
      {
        assessmentId: 9,
        area: 'BEING_HEALTHY',
        grade: 3,
        judgement: 'good',
        narrative: 'Children are healthy.',
        strengths: ['good health visiting'],
        areasForImprovement: ['teenage pregnancy'],
      },
    ]);
  });

  it('numbers setting judgements in letter order and stores a missing proportion as null', () => {
    const rows = toSettingJudgementRows(sampleParsedLetter(), 9);
    expect(rows.map((row) => [row.position, row.setting, row.count, row.total, row.proportion])).toEqual([
      [1, 'PUPIL_REFERRAL_UNITS', 1, 18, null],
      [2, 'CHILDRENS_HOMES', null, null, 0.5],
    ]);
    expect(rows[0]).toMatchObject({ assessmentId: 9, evidence: 'One of the 18 pupil referral units is inadequate.' });
  });
});
