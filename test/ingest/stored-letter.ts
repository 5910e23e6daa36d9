import type { DataSource } from 'typeorm';
import { Assessment, OutcomeArea, SettingJudgement, SourceLetter } from '../../src/entities/index';
import { toAssessmentRow, toOutcomeAreaRows, toSettingJudgementRows } from '../../src/ingest/assessment-rows';
import type { ParsedLetter } from '../../src/letters/parsed-letter';

/** Everything one ingested letter wrote, as comparable plain rows (ids left out). */
export interface StoredLetter {
  text: string;
  assessment: Omit<Assessment, 'id' | 'authorityId' | 'sourceLetterId'>;
  outcomeAreas: Array<Omit<OutcomeArea, 'id' | 'assessmentId'>>;
  settingJudgements: Array<Omit<SettingJudgement, 'id' | 'assessmentId'>>;
}

/** Reads back what is stored for one assessment: its source letter's text and its rows. */
export async function readStoredLetter(dataSource: DataSource, assessmentId: number): Promise<StoredLetter> {
  const {
    id: _id,
    authorityId: _authority,
    sourceLetterId,
    ...assessment
  } = await dataSource.getRepository(Assessment).findOneByOrFail({ id: assessmentId });
  const { text } = await dataSource.getRepository(SourceLetter).findOneByOrFail({ id: sourceLetterId });
  const areas = await dataSource.getRepository(OutcomeArea).find({ where: { assessmentId }, order: { id: 'ASC' } });
  const settings = await dataSource.getRepository(SettingJudgement).find({ where: { assessmentId }, order: { position: 'ASC' } });
  return {
    text,
    assessment,
    outcomeAreas: areas.map(({ id: _areaId, assessmentId: _a, ...area }) => area),
    settingJudgements: settings.map(({ id: _settingId, assessmentId: _s, ...setting }) => setting),
  };
}

/** What ingesting `text`, parsed as `letter`, must store: the rows the store maps a parse onto. */
export function expectedStoredLetter(text: string, letter: ParsedLetter): StoredLetter {
  const { authorityId: _authority, sourceLetterId: _source, ...assessment } = toAssessmentRow(letter, 0, 0);
  return {
    text,
    assessment,
    outcomeAreas: toOutcomeAreaRows(letter, 0).map(({ assessmentId: _a, ...area }) => area),
    settingJudgements: toSettingJudgementRows(letter, 0).map(({ assessmentId: _s, ...setting }) => setting),
  };
}
