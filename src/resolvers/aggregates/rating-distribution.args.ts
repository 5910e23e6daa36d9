import { ArgsType, Field } from 'type-graphql';
import { DistributionGroup } from './distribution-group';
import { ComparisonArgs } from './comparison.args';

/** The arguments of `ratingDistribution`, in the order DESIGN.md fixes. */
@ArgsType()
export class RatingDistributionArgs extends ComparisonArgs {
  // Nullable with a default, as DESIGN.md fixes it; an explicit null also means NONE.
  @Field(() => DistributionGroup, { nullable: true, defaultValue: DistributionGroup.NONE })
  groupBy?: DistributionGroup | null;
}
