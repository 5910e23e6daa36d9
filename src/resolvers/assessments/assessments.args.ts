import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AssessmentFilter } from './assessment-filter.input';
import { AssessmentOrder } from './assessment-order.input';
import { WithPageArgs } from '../../schema/pagination/connection.type';

// type-graphql validates the args object itself and nothing below it: without
// @ValidateNested the rules on the filter's and order's own fields would never run.
@ArgsType()
class AssessmentSelectionArgs {
  @Field(() => AssessmentFilter, { nullable: true, description: 'Which assessments: every condition given must hold' })
  @ValidateNested()
  filter?: AssessmentFilter;

  @Field(() => AssessmentOrder, { nullable: true, description: 'By year when not given' })
  @ValidateNested()
  orderBy?: AssessmentOrder;
}

/** `assessments(filter, orderBy, first, after)`. */
@ArgsType()
export class AssessmentsArgs extends WithPageArgs(AssessmentSelectionArgs) {}
