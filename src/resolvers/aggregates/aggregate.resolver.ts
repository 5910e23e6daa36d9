import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../context';
import { assessmentKindForYear } from '../../domain/letter-years';
import { querySettingJudgementSummary } from './setting-judgement-summary';
import { DistributionGroup } from './distribution-group';
import { RatingBucket, RatingDistributionArgs } from './rating-distribution.types';
import { SettingJudgementBucket, SettingJudgementSummaryArgs } from './setting-judgement-summary.types';
import type { AssessmentKind } from '../../domain/enums';
import { GRADES_BEST_FIRST, type RatingTally } from './rating-tallies';
import { meanOf } from './sql-numbers';

/** Shapes one grouped tally as the GraphQL bucket: all four grades listed, the mean derived. */
export function toRatingBucket(tally: RatingTally, kind: AssessmentKind): RatingBucket {
  return {
    key: tally.key,
    kind,
    total: tally.total,
    assessed: tally.assessed,
    unassessed: tally.total - tally.assessed,
    incomplete: tally.incomplete,
    meanGrade: meanOf(tally.gradeSum, tally.assessed),
    grades: GRADES_BEST_FIRST.map((grade) => ({ grade, count: tally.countByGrade[grade] })),
  };
}

/** Root fields for CAA score aggregators: distributions computed by grouped SQL over the loaded letters. */
@Resolver()
export class AggregateResolver {
  @Query(() => [RatingBucket], {
    description:
      'Overall grades of one year per bucket (England, each region or each kind of authority), from the letters loaded. ' +
      'Each bucket says how many authorities it covers (total, assessed, unassessed); buckets are ordered by key.',
  })
  async ratingDistribution(
    @Ctx() { loaders }: AppContext,
    @Args() { year, kind, groupBy }: RatingDistributionArgs,
  ): Promise<RatingBucket[]> {
    const chosenKind = kind ?? assessmentKindForYear(year);
    const tallies = await loaders.ratingTallies.load({ year, kind: chosenKind, groupBy: groupBy ?? DistributionGroup.NONE });
    return tallies.map((tally) => toRatingBucket(tally, chosenKind));
  }

  @Query(() => [SettingJudgementBucket], {
    description:
      'What the loaded letters of one year say about one setting, per bucket: how many assessments judge it, and per ' +
      'judgement the mentions and the counts and totals summed where letters gave numbers. Buckets are ordered by key.',
  })
  settingJudgementSummary(
    @Ctx() { dataSource }: AppContext,
    @Args() { setting, year, kind, groupBy, source }: SettingJudgementSummaryArgs,
  ): Promise<SettingJudgementBucket[]> {
    return querySettingJudgementSummary(dataSource, {
      setting,
      year,
      kind: kind ?? assessmentKindForYear(year),
      groupBy: groupBy ?? DistributionGroup.NONE,
      source: source ?? undefined,
    });
  }
}
