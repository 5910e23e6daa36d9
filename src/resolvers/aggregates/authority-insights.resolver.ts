import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../context';
import { Authority } from '../../entities/index';
import { assessmentKindForYear } from '../../domain/letter-years';
import { compareAuthority } from './authority-comparison';
import { trendPoints } from './trend-points';
import { DistributionGroup } from './distribution-group';
import { AuthorityComparison } from './authority-insights.types';
import { ComparisonArgs } from './authority-insights.types';
import { TrendPoint } from './authority-insights.types';

/**
 * Aggregate fields on Authority for score aggregators. type-graphql merges these field
 * resolvers into the Authority type; both are batched so that asking for them on a page of
 * many authorities costs the same number of statements as on one.
 */
@Resolver(() => Authority)
export class AuthorityInsightsResolver {
  @FieldResolver(() => [TrendPoint], {
    description:
      "The authority's overall grades across the loaded letters, oldest first, on one 1-4 scale (APA 2005-2008 grade for " +
      "children's services, then the 2009 rating), each with the change from the previous point",
  })
  async trend(@Root() authority: Authority, @Ctx() { loaders }: AppContext): Promise<TrendPoint[]> {
    return trendPoints(await loaders.assessmentsByAuthorityId.load(authority.id));
  }

  @FieldResolver(() => AuthorityComparison, {
    description: "The authority's grade for a year beside the mean grades of its region, its statistical neighbours and England",
  })
  async comparison(
    @Root() authority: Authority,
    @Ctx() { loaders }: AppContext,
    @Args() { year, kind }: ComparisonArgs,
  ): Promise<AuthorityComparison> {
    const yearAndKind = { year, kind: kind ?? assessmentKindForYear(year) };
    const [context, regionTallies] = await Promise.all([
      loaders.authorityGradeContext.load({ ...yearAndKind, authorityId: authority.id }),
      loaders.ratingTallies.load({ ...yearAndKind, groupBy: DistributionGroup.REGION }),
    ]);
    return compareAuthority(authority, yearAndKind, context, regionTallies);
  }
}
