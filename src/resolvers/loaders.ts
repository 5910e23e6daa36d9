import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Assessment, Authority, OutcomeArea, SettingJudgement, SourceLetter, StatisticalNeighbour } from '../entities/index';
import { createAuthorityGradeContextLoader, createRatingTalliesLoader } from './aggregates/aggregate-loaders';
import type { AuthorityGradeContext, AuthorityYearAndKind } from './aggregates/authority-grade-context';
import type { RatingTally, RatingTallyRequest } from './aggregates/rating-tallies';
import { alignMany, alignOne } from './align-rows';

/** Every batched lookup a request may need; see {@link createLoaders}. */
export interface Loaders {
  authorityById: DataLoader<number, Authority | null>;
  authorityByLaCode: DataLoader<string, Authority | null>;
  assessmentById: DataLoader<number, Assessment | null>;
  assessmentsByAuthorityId: DataLoader<number, Assessment[]>;
  outcomeAreasByAssessmentId: DataLoader<number, OutcomeArea[]>;
  settingJudgementsByAssessmentId: DataLoader<number, SettingJudgement[]>;
  sourceLetterById: DataLoader<number, SourceLetter | null>;
  statisticalNeighboursByAuthorityId: DataLoader<number, Authority[]>;
  ratingTallies: DataLoader<RatingTallyRequest, RatingTally[], string>;
  authorityGradeContext: DataLoader<AuthorityYearAndKind, AuthorityGradeContext, string>;
}

/**
 * Keys per statement. Far more than one page of authorities, and far below the bound-parameter
 * limits of SQLite (32,766) and MySQL (65,535), so that a huge `_entities` call is split into
 * several statements instead of failing.
 */
export const MAX_BATCH_SIZE = 1_000;
const BATCH_OPTIONS = { maxBatchSize: MAX_BATCH_SIZE };

/**
 * Creates a fresh set of DataLoaders. Call once per request: the loaders cache what they
 * load, and a cache shared across requests would serve stale rows after an ingest.
 * Each loader sends one `IN (...)` statement per tick, however many keys it collected.
 */
export function createLoaders(dataSource: DataSource): Loaders {
  const authorities = dataSource.getRepository(Authority);
  const assessments = dataSource.getRepository(Assessment);

  const authorityById = new DataLoader<number, Authority | null>(
    async (ids) => alignOne(ids, await authorities.findBy({ id: In([...ids]) }), (row) => row.id),
    BATCH_OPTIONS,
  );
  const authorityByLaCode = new DataLoader<string, Authority | null>(
    async (codes) => alignOne(codes, await authorities.findBy({ laCode: In([...codes]) }), (row) => row.laCode),
    BATCH_OPTIONS,
  );

  return {
    authorityById,
    authorityByLaCode,
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
    statisticalNeighboursByAuthorityId: new DataLoader(async (ids) => {
      const rows = await dataSource
        .getRepository(StatisticalNeighbour)
        .createQueryBuilder('link')
        .innerJoinAndMapOne('link.neighbour', Authority, 'neighbour', 'neighbour.id = link.neighbourId')
        .where('link.authorityId IN (:...ids)', { ids: [...ids] })
        .orderBy('link.authorityId')
        .addOrderBy('link.rank')
        .getMany();
      const neighbours = rows as Array<StatisticalNeighbour & { neighbour: Authority }>;
      for (const row of neighbours) authorityById.prime(row.neighbour.id, row.neighbour);
      return alignMany(ids, neighbours, (row) => row.authorityId).map((group) => group.map((row) => row.neighbour));
    }, BATCH_OPTIONS),
    ratingTallies: createRatingTalliesLoader(dataSource),
    authorityGradeContext: createAuthorityGradeContextLoader(dataSource),
  };
}
