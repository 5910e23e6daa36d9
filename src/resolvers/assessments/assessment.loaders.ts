import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Assessment, AssessmentRevision, OutcomeArea, SettingJudgement, SourceLetter } from '../../entities/index';
import { alignMany, alignOne, BATCH_OPTIONS } from '../batching';
import { rowsWhereIn } from '../entity-rows.sql';
import { ProjectingLoader } from '../projecting-loader';
import {
  ASSESSMENT_PROJECTION,
  OUTCOME_AREA_PROJECTION,
  SETTING_JUDGEMENT_PROJECTION,
  SOURCE_LETTER_PROJECTION,
} from './assessment.projection';

/**
 * The assessments feature's batched lookups: assessments and what hangs off them. Each takes
 * the columns its caller's selection needs (see `projectedColumns`) and reads plain rows.
 */
export interface AssessmentLoaders {
  assessmentById: ProjectingLoader<number, Assessment | null>;
  assessmentsByAuthorityId: ProjectingLoader<number, Assessment[]>;
  outcomeAreasByAssessmentId: ProjectingLoader<number, OutcomeArea[]>;
  settingJudgementsByAssessmentId: ProjectingLoader<number, SettingJudgement[]>;
  sourceLetterById: ProjectingLoader<number, SourceLetter | null>;
  /** Every accepted version of each assessment, newest first (read whole: a version is small). */
  revisionsByAssessmentId: DataLoader<number, AssessmentRevision[]>;
}

/** Creates the assessments feature's loaders for one request; each sends one `IN (...)` statement per tick. */
export function createAssessmentLoaders(dataSource: DataSource): AssessmentLoaders {
  return {
    assessmentById: new ProjectingLoader(async (ids, properties) => {
      const rows = await rowsWhereIn<Assessment>(dataSource, {
        entity: Assessment,
        properties,
        keyProperty: 'id',
        values: ids,
        orderBy: [],
      });
      return alignOne(ids, rows, (row) => row.id);
    }, ASSESSMENT_PROJECTION.columns),
    assessmentsByAuthorityId: new ProjectingLoader(async (ids, properties) => {
      const rows = await rowsWhereIn<Assessment>(dataSource, {
        entity: Assessment,
        properties,
        keyProperty: 'authorityId',
        values: ids,
        orderBy: ['year', 'kind', 'id'],
      });
      return alignMany(ids, rows, (row) => row.authorityId);
    }, ASSESSMENT_PROJECTION.columns),
    outcomeAreasByAssessmentId: new ProjectingLoader(async (ids, properties) => {
      const rows = await rowsWhereIn<OutcomeArea>(dataSource, {
        entity: OutcomeArea,
        properties,
        keyProperty: 'assessmentId',
        values: ids,
        orderBy: ['id'],
      });
      return alignMany(ids, rows, (row) => row.assessmentId);
    }, OUTCOME_AREA_PROJECTION.columns),
    settingJudgementsByAssessmentId: new ProjectingLoader(async (ids, properties) => {
      const rows = await rowsWhereIn<SettingJudgement>(dataSource, {
        entity: SettingJudgement,
        properties,
        keyProperty: 'assessmentId',
        values: ids,
        orderBy: ['assessmentId', 'position'],
      });
      return alignMany(ids, rows, (row) => row.assessmentId);
    }, SETTING_JUDGEMENT_PROJECTION.columns),
    sourceLetterById: new ProjectingLoader(async (ids, properties) => {
      const rows = await rowsWhereIn<SourceLetter>(dataSource, {
        entity: SourceLetter,
        properties,
        keyProperty: 'id',
        values: ids,
        orderBy: [],
      });
      return alignOne(ids, rows, (row) => row.id);
    }, SOURCE_LETTER_PROJECTION.columns),
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
