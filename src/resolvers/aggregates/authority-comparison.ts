import type { Authority } from '../../entities/index';
import type { AuthorityComparison } from './authority-insights.types';
import type { AuthorityGradeContext } from './authority-grade-context';
import type { RatingTally } from './rating-tallies';
import { meanOf } from './sql-numbers';
import type { YearAndKind } from './year-and-kind';

/**
 * Puts an authority's grade beside the means of its region (from the per-region tallies),
 * its statistical neighbours and England. England's figures are the sums of the regions'
 * grouped figures, so no further statement is needed.
 */
export function compareAuthority(
  authority: Pick<Authority, 'region'>,
  { year, kind }: YearAndKind,
  context: AuthorityGradeContext,
  regionTallies: readonly RatingTally[],
): AuthorityComparison {
  const region = regionTallies.find((tally) => tally.key === authority.region);
  const england = regionTallies.reduce(
    (sum, tally) => ({
      total: sum.total + tally.total,
      assessed: sum.assessed + tally.assessed,
      incomplete: sum.incomplete + tally.incomplete,
      gradeSum: sum.gradeSum + tally.gradeSum,
    }),
    { total: 0, assessed: 0, incomplete: 0, gradeSum: 0 },
  );
  return {
    year,
    kind,
    grade: context.grade,
    regionMean: region ? meanOf(region.gradeSum, region.assessed) : null,
    regionAssessed: region?.assessed ?? 0,
    regionIncomplete: region?.incomplete ?? 0,
    regionAuthorities: region?.total ?? 0,
    neighbourMean: meanOf(context.neighbourGradeSum, context.neighboursAssessed),
    neighboursAssessed: context.neighboursAssessed,
    neighboursIncomplete: context.neighboursIncomplete,
    neighbourCount: context.neighbourCount,
    englandMean: meanOf(england.gradeSum, england.assessed),
    englandAssessed: england.assessed,
    englandIncomplete: england.incomplete,
    englandAuthorities: england.total,
  };
}
