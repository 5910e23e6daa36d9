import { ArgsType, Field } from 'type-graphql';
import { AuthorityFilter } from '../inputs/authority-filter.input';
import { AuthorityOrder } from '../inputs/authority-order.input';
import { WithPageArgs } from '../pagination/connection-args';

@ArgsType()
class AuthoritySelectionArgs {
  @Field(() => AuthorityFilter, { nullable: true })
  filter?: AuthorityFilter;

  @Field(() => AuthorityOrder, { nullable: true, description: 'By name when not given' })
  orderBy?: AuthorityOrder;
}

/** `authorities(filter, orderBy, first, after)`. */
@ArgsType()
export class AuthoritiesArgs extends WithPageArgs(AuthoritySelectionArgs) {}
