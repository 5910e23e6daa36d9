import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AuthorityFilter } from './authority-filter.input';
import { AuthorityOrder } from './authority-order.input';
import { WithPageArgs } from '../../schema/pagination/connection.type';

// type-graphql validates the args object itself and nothing below it: without
// @ValidateNested the rules on the filter's and order's own fields would never run.
@ArgsType()
class AuthoritySelectionArgs {
  @Field(() => AuthorityFilter, { nullable: true, description: 'Which authorities: every condition given must hold' })
  @ValidateNested()
  filter?: AuthorityFilter;

  @Field(() => AuthorityOrder, { nullable: true, description: 'By name when not given' })
  @ValidateNested()
  orderBy?: AuthorityOrder;
}

/** `authorities(filter, orderBy, first, after)`. */
@ArgsType()
export class AuthoritiesArgs extends WithPageArgs(AuthoritySelectionArgs) {}
