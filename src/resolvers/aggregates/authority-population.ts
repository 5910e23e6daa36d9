import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Assessment, Authority } from '../../entities/index';
import type { YearAndKind } from './year-and-kind';

/**
 * The day on which an authority must have existed to belong to a year's population: 1 November.
 * The APA letters went out in November and December of their year and the annual rating on
 * 9 December 2009, so an authority that existed on 1 November was there to receive its letter.
 * With the 2009 structural changes (1 April 2009) this gives 150 authorities for 2005-2008
 * (Bedfordshire and Cheshire in; Bedford, Central Bedfordshire, Cheshire East and Cheshire West
 * and Chester out) and 152 for 2009 (the other way round).
 */
export function populationDay(year: number): string {
  return `${year}-11-01`;
}

/** The name of the parameter that {@link existedOnPopulationDay} compares with. */
export const POPULATION_DAY_PARAMETER = 'populationDay';

/**
 * SQL that is true when the authority aliased `alias` existed on the population day bound to
 * `:populationDay`: established on or before it (or before the letters began) and not yet
 * abolished. Dates compare as ISO text on SQLite and as DATE on MariaDB, both in day order.
 */
export function existedOnPopulationDay(alias: string): string {
  return (
    `((${alias}.establishedOn IS NULL OR ${alias}.establishedOn <= :${POPULATION_DAY_PARAMETER}) ` +
    `AND (${alias}.abolishedOn IS NULL OR ${alias}.abolishedOn > :${POPULATION_DAY_PARAMETER}))`
  );
}

/**
 * Starts a query over the authorities of a year, aliased `authority`, each LEFT JOINed to its
 * assessment of that year and kind, aliased `assessment` (at most one: the pair is unique).
 *
 * The population is every authority that existed on the year's {@link populationDay}, plus any
 * authority that nonetheless has an assessment then, so that no loaded letter is silently left
 * out of a count and `total = assessed + unassessed` always holds.
 */
export function authorityPopulationQuery(dataSource: DataSource, { year, kind }: YearAndKind): SelectQueryBuilder<Authority> {
  return dataSource
    .createQueryBuilder()
    .from(Authority, 'authority')
    .leftJoin(
      Assessment,
      'assessment',
      'assessment.authorityId = authority.id AND assessment.year = :populationYear AND assessment.kind = :populationKind',
      { populationYear: year, populationKind: kind },
    )
    .where(`(${existedOnPopulationDay('authority')} OR assessment.id IS NOT NULL)`, {
      [POPULATION_DAY_PARAMETER]: populationDay(year),
    });
}
