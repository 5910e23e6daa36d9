import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Assessment, Authority } from '../../entities';
import type { YearAndKind } from './year-and-kind';

/**
 * Starts a query over the authorities of a year, aliased `authority`, each LEFT JOINed to its
 * assessment of that year and kind, aliased `assessment` (at most one: the pair is unique).
 *
 * The population is every authority that still existed at the end of the year (letters went
 * out in its last weeks, so Bedfordshire and Cheshire, abolished 1 April 2009, belong to
 * 2005-2008 but not 2009), plus any authority that nonetheless has an assessment then, so
 * that no loaded letter is silently left out of a count.
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
    .where('(authority.abolishedOn IS NULL OR authority.abolishedOn > :populationYearEnd OR assessment.id IS NOT NULL)', {
      populationYearEnd: `${year}-12-31`,
    });
}
