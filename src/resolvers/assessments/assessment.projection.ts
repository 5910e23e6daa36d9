import { Assessment, OutcomeArea, SettingJudgement, SourceLetter } from '../../entities/index';
import { defineProjection } from '../projection';

/**
 * Assessment fields that are not columns of their own, and what they read (see `Projection`).
 * A field resolver added on Assessment that reads a long column must be listed here; one not
 * listed makes its rows load every column.
 */
export const ASSESSMENT_PROJECTION = defineProjection(Assessment, 'Assessment', {
  overallJudgement: ['kind', 'overallGrade'],
  recipient: ['recipientName', 'recipientRole'],
  authority: ['authorityId'],
  sourceLetter: ['sourceLetterId'],
  outcomeAreas: [],
  settingJudgements: [],
  revisions: [],
  quality: ['warnings', 'complete'],
});

export const OUTCOME_AREA_PROJECTION = defineProjection(OutcomeArea, 'OutcomeArea', {});

export const SETTING_JUDGEMENT_PROJECTION = defineProjection(SettingJudgement, 'SettingJudgement', {});

export const SOURCE_LETTER_PROJECTION = defineProjection(SourceLetter, 'SourceLetter', { format: ['text'] });
