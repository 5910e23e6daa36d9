import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../context';
import { AssessmentKind, JudgementSource, Setting } from '../domain/enums';
import { assessmentKindForYear } from '../queries/aggregates/assessment-kind-for-year';
import { toRatingBucket } from '../queries/aggregates/rating-bucket';
import { querySettingJudgementSummary } from '../queries/aggregates/setting-judgement-summary';
import { DistributionGroup } from '../schema/inputs/distribution-group';
import { RatingBucket } from '../schema/types/aggregates/rating-bucket.type';
import { SettingJudgementBucket } from '../schema/types/aggregates/setting-judgement-bucket.type';

const KIND_DESCRIPTION =
  'Which letters to count; by default the kind sent that year: ANNUAL_RATING for 2009, ANNUAL_PERFORMANCE_ASSESSMENT for 2005-2008';

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
    @Arg('year', () => Int) year: number,
    @Arg('kind', () => AssessmentKind, { nullable: true, description: KIND_DESCRIPTION }) kind?: AssessmentKind | null,
    @Arg('groupBy', () => DistributionGroup, { defaultValue: DistributionGroup.NONE }) groupBy: DistributionGroup = DistributionGroup.NONE,
  ): Promise<RatingBucket[]> {
    const chosenKind = kind ?? assessmentKindForYear(year);
    const tallies = await loaders.ratingTallies.load({ year, kind: chosenKind, groupBy });
    return tallies.map((tally) => toRatingBucket(tally, chosenKind));
  }

  @Query(() => [SettingJudgementBucket], {
    description:
      'What the loaded letters of one year say about one setting, per bucket: how many assessments judge it, and per ' +
      'judgement the mentions and the counts and totals summed where letters gave numbers. Buckets are ordered by key.',
  })
  settingJudgementSummary(
    @Ctx() { dataSource }: AppContext,
    @Arg('setting', () => Setting) setting: Setting,
    @Arg('year', () => Int) year: number,
    @Arg('kind', () => AssessmentKind, { nullable: true, description: KIND_DESCRIPTION }) kind?: AssessmentKind | null,
    @Arg('groupBy', () => DistributionGroup, { defaultValue: DistributionGroup.NONE }) groupBy: DistributionGroup = DistributionGroup.NONE,
    @Arg('source', () => JudgementSource, { nullable: true, description: 'Only judgements from this source; both when omitted' })
    source?: JudgementSource | null,
  ): Promise<SettingJudgementBucket[]> {
    return querySettingJudgementSummary(dataSource, {
      setting,
      year,
      kind: kind ?? assessmentKindForYear(year),
      groupBy,
      source: source ?? undefined,
    });
  }
}
