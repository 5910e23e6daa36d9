import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { AssessmentKind, JudgementSource, Setting } from '../../domain/enums';
import { DistributionGroup } from './distribution-group';
import { MAX_AGGREGATE_YEAR, MIN_AGGREGATE_YEAR } from '../../schema/input-bounds';
import { KIND_DESCRIPTION } from './aggregate-year';

/** The arguments of `settingJudgementSummary`. */
@ArgsType()
export class SettingJudgementSummaryArgs {
  @Field(() => Setting)
  setting!: Setting;

  @Field(() => Int, { description: 'The year of the letters, e.g. 2009' })
  @Min(MIN_AGGREGATE_YEAR)
  @Max(MAX_AGGREGATE_YEAR)
  year!: number;

  @Field(() => AssessmentKind, { nullable: true, description: KIND_DESCRIPTION })
  kind?: AssessmentKind | null;

  // An explicit null also means NONE.
  @Field(() => DistributionGroup, { nullable: true, defaultValue: DistributionGroup.NONE })
  groupBy?: DistributionGroup | null;

  @Field(() => JudgementSource, { nullable: true, description: 'Only judgements from this source; both when omitted' })
  source?: JudgementSource | null;
}
