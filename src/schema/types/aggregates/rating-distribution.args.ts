import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { AssessmentKind } from '../../../domain/enums';
import { DistributionGroup } from '../../inputs/distribution-group';
import { KIND_DESCRIPTION, MAX_AGGREGATE_YEAR, MIN_AGGREGATE_YEAR } from './aggregate-year';

/** The arguments of `ratingDistribution`, in the order DESIGN.md fixes. */
@ArgsType()
export class RatingDistributionArgs {
  @Field(() => Int, { description: 'The year of the letters, e.g. 2009' })
  @Min(MIN_AGGREGATE_YEAR)
  @Max(MAX_AGGREGATE_YEAR)
  year!: number;

  @Field(() => AssessmentKind, { nullable: true, description: KIND_DESCRIPTION })
  kind?: AssessmentKind | null;

  // Nullable with a default, as DESIGN.md fixes it; an explicit null also means NONE.
  @Field(() => DistributionGroup, { nullable: true, defaultValue: DistributionGroup.NONE })
  groupBy?: DistributionGroup | null;
}
