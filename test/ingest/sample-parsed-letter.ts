import { Area, AssessmentKind, AuthorityKind, Judgement, JudgementSource, Setting } from '../../src/domain/enums';
import type { ParsedLetter } from '../../src/letters/parsed-letter';

/** A small, valid APA parse for tests of the pure ingest helpers. */
export function sampleParsedLetter(): ParsedLetter {
  return {
    kind: AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT,
    year: 2006,
    publishedOn: '2006-11-30',
    warnings: [],
    authority: {
      name: 'Kent County Council',
      nameAsWritten: 'Kent County Council',
      laCode: '886',
      onsCode: 'E10000016',
      region: 'South East',
      kind: AuthorityKind.COUNTY,
    },
    recipient: { name: 'Ms Rosalind Turner', role: 'Managing Director' },
    overallGrade: 3,
    capacityToImproveGrade: 3,
    socialCareGrade: 2,
    summary: 'Kent delivers a good service.',
    outcomeAreas: [
      {
        area: Area.BEING_HEALTHY,
        grade: 3,
        judgement: 'good',
        narrative: 'Children are healthy.',
        strengths: ['good health visiting'],
        areasForImprovement: ['teenage pregnancy'],
      },
    ],
    settingJudgements: [
      {
        setting: Setting.PUPIL_REFERRAL_UNITS,
        judgement: Judgement.INADEQUATE,
        count: 1,
        total: 18,
        source: JudgementSource.INSPECTION,
        evidence: 'One of the 18 pupil referral units is inadequate.',
      },
      {
        setting: Setting.CHILDRENS_HOMES,
        judgement: Judgement.GOOD,
        count: null,
        total: null,
        proportion: 0.5,
        source: JudgementSource.INSPECTION,
        evidence: 'Only half the children’s homes are good.',
      },
    ],
    aspectsForFocus: [],
  };
}
