import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Assessment, AssessmentRevision, OutcomeArea, SettingJudgement, SourceLetter } from '../../entities/index';
import { alignMany, alignOne, BATCH_OPTIONS } from '../batching';

/** The assessments feature's batched lookups: assessments and what hangs off them. */
export interface AssessmentLoaders {
  assessmentById: DataLoader<number, Assessment | null>;
  assessmentsByAuthorityId: DataLoader<number, Assessment[]>;
  outcomeAreasByAssessmentId: DataLoader<number, OutcomeArea[]>;
  settingJudgementsByAssessmentId: DataLoader<number, SettingJudgement[]>;
  sourceLetterById: DataLoader<number, SourceLetter | null>;
  /** Every accepted version of each assessment, newest first. */
  revisionsByAssessmentId: DataLoader<number, AssessmentRevision[]>;
}

/** Creates the assessments feature's loaders for one request; each sends one `IN (...)` statement per tick. */
export function createAssessmentLoaders(dataSource: DataSource): AssessmentLoaders {
  const assessments = dataSource.getRepository(Assessment);
  return {
    assessmentById: new DataLoader(
      async (ids) => alignOne(ids, await assessments.findBy({ id: In([...ids]) }), (row) => row.id),
      BATCH_OPTIONS,
    ),
    assessmentsByAuthorityId: new DataLoader(
      async (ids) =>
        alignMany(
          ids,
          await assessments.find({ where: { authorityId: In([...ids]) }, order: { year: 'ASC', kind: 'ASC', id: 'ASC' } }),
          (row) => row.authorityId,
        ),
      BATCH_OPTIONS,
    ),
    outcomeAreasByAssessmentId: new DataLoader(
      async (ids) =>
        alignMany(
          ids,
          await dataSource.getRepository(OutcomeArea).find({ where: { assessmentId: In([...ids]) }, order: { id: 'ASC' } }),
          (row) => row.assessmentId,
        ),
      BATCH_OPTIONS,
    ),
    settingJudgementsByAssessmentId: new DataLoader(
      async (ids) =>
        alignMany(
          ids,
          await dataSource
            .getRepository(SettingJudgement)
            .find({ where: { assessmentId: In([...ids]) }, order: { assessmentId: 'ASC', position: 'ASC' } }),
          (row) => row.assessmentId,
        ),
      BATCH_OPTIONS,
    ),
    sourceLetterById: new DataLoader(
      async (ids) => alignOne(ids, await dataSource.getRepository(SourceLetter).findBy({ id: In([...ids]) }), (row) => row.id),
      BATCH_OPTIONS,
    ),
    revisionsByAssessmentId: new DataLoader(
      async (ids) =>
        alignMany(
          ids,
          await dataSource
            .getRepository(AssessmentRevision)
            .find({ where: { assessmentId: In([...ids]) }, order: { assessmentId: 'ASC', number: 'DESC' } }),
          (row) => row.assessmentId,
        ),
      BATCH_OPTIONS,
    ),
  };
}
