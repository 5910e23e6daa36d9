import type { DataSource } from 'typeorm';
import { Assessment, Authority, StatisticalNeighbour } from '../../entities/index';
import { existedOnPopulationDay, POPULATION_DAY_PARAMETER, populationDay } from './authority-population';
import { sqlCount, sqlNullableNumber } from './sql-numbers';
import { type YearAndKind, yearAndKindKey } from './year-and-kind';

/** One authority's own grade and its neighbours' grades, for one year and kind. */
export interface AuthorityGradeContext {
  authorityId: number;
  /** The authority's own overall grade; null when its letter is not loaded. */
  grade: number | null;
  /**
   * Statistical neighbours in the year's population (see authorityPopulationQuery): today's
   * neighbour lists name councils created in 2009, which had no place among the APA years' authorities.
   */
  neighbourCount: number;
  neighboursAssessed: number;
  /** Of the assessed neighbours, those whose letter the parser could not read completely. */
  neighboursIncomplete: number;
  neighbourGradeSum: number;
}

export interface AuthorityYearAndKind extends YearAndKind {
  authorityId: number;
}

/** A string that identifies a key of {@link loadAuthorityGradeContexts}, for DataLoader's cache. */
export function authorityYearAndKindKey(key: AuthorityYearAndKind): string {
  return `${key.authorityId}|${yearAndKindKey(key)}`;
}

/**
 * The DataLoader batch function behind `Authority.comparison`: one grouped statement per
 * distinct year and kind among the keys, however many authorities they name. Results are in
 * key order.
 */
export async function loadAuthorityGradeContexts(
  dataSource: DataSource,
  keys: readonly AuthorityYearAndKind[],
): Promise<AuthorityGradeContext[]> {
  const idsByYearAndKind = new Map<string, { yearAndKind: YearAndKind; ids: Set<number> }>();
  for (const key of keys) {
    const group = idsByYearAndKind.get(yearAndKindKey(key)) ?? { yearAndKind: { year: key.year, kind: key.kind }, ids: new Set() };
    group.ids.add(key.authorityId);
    idsByYearAndKind.set(yearAndKindKey(key), group);
  }
  const found = new Map<string, AuthorityGradeContext>();
  await Promise.all(
    [...idsByYearAndKind.values()].map(async ({ yearAndKind, ids }) => {
      for (const context of await queryGradeContexts(dataSource, yearAndKind, [...ids])) {
        found.set(authorityYearAndKindKey({ ...yearAndKind, authorityId: context.authorityId }), context);
      }
    }),
  );
  return keys.map((key) => found.get(authorityYearAndKindKey(key)) ?? emptyContext(key.authorityId));
}

async function queryGradeContexts(
  dataSource: DataSource,
  { year, kind }: YearAndKind,
  authorityIds: number[],
): Promise<AuthorityGradeContext[]> {
  const rows = await dataSource
    .createQueryBuilder()
    .from(Authority, 'authority')
    .leftJoin(Assessment, 'own', 'own.authorityId = authority.id AND own.year = :year AND own.kind = :kind')
    .leftJoin(StatisticalNeighbour, 'link', 'link.authorityId = authority.id')
    .leftJoin(Authority, 'neighbour', 'neighbour.id = link.neighbourId')
    .leftJoin(
      Assessment,
      'neighbourAssessment',
      'neighbourAssessment.authorityId = link.neighbourId AND neighbourAssessment.year = :year AND neighbourAssessment.kind = :kind',
    )
    .where('authority.id IN (:...authorityIds)', { authorityIds })
    .setParameters({ year, kind, [POPULATION_DAY_PARAMETER]: populationDay(year) })
    .select('authority.id', 'authorityId')
    .addSelect('own.overallGrade', 'grade')
    .addSelect(
      `SUM(CASE WHEN neighbour.id IS NOT NULL AND (${existedOnPopulationDay('neighbour')} OR neighbourAssessment.id IS NOT NULL) THEN 1 ELSE 0 END)`,
      'neighbourCount',
    )
    .addSelect('COUNT(neighbourAssessment.id)', 'neighboursAssessed')
    // A neighbour without an assessment has a NULL complete, which is not 0.
    .addSelect('SUM(CASE WHEN neighbourAssessment.complete = 0 THEN 1 ELSE 0 END)', 'neighboursIncomplete')
    .addSelect('SUM(neighbourAssessment.overallGrade)', 'neighbourGradeSum')
    // The own assessment is unique per authority, year and kind, so grouping by its grade
    // adds no rows; strict GROUP BY modes (ONLY_FULL_GROUP_BY) need it named.
    .groupBy('authority.id')
    .addGroupBy('own.overallGrade')
    .getRawMany<Record<string, unknown>>();
  return rows.map((raw) => ({
    authorityId: sqlCount(raw.authorityId),
    grade: sqlNullableNumber(raw.grade),
    neighbourCount: sqlCount(raw.neighbourCount),
    neighboursAssessed: sqlCount(raw.neighboursAssessed),
    neighboursIncomplete: sqlCount(raw.neighboursIncomplete),
    neighbourGradeSum: sqlCount(raw.neighbourGradeSum),
  }));
}

function emptyContext(authorityId: number): AuthorityGradeContext {
  return { authorityId, grade: null, neighbourCount: 0, neighboursAssessed: 0, neighboursIncomplete: 0, neighbourGradeSum: 0 };
}
