import { ArgsType, Field } from 'type-graphql';
import { AssessmentFilter } from '../inputs/assessment-filter.input';
import { AssessmentOrder } from '../inputs/assessment-order.input';
import { WithPageArgs } from '../pagination/connection-args';

@ArgsType()
class AssessmentSelectionArgs {
  @Field(() => AssessmentFilter, { nullable: true })
  filter?: AssessmentFilter;

  @Field(() => AssessmentOrder, { nullable: true, description: 'By year when not given' })
  orderBy?: AssessmentOrder;
}

/** `assessments(filter, orderBy, first, after)`. */
@ArgsType()
export class AssessmentsArgs extends WithPageArgs(AssessmentSelectionArgs) {}
