import { ArgsType, Field, ID } from 'type-graphql';

/** `authority(id, laCode, name)`: exactly one of them. */
@ArgsType()
export class AuthorityLookupArgs {
  @Field(() => ID, { nullable: true, description: "The authority's id in this API" })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'DfE code, e.g. "886"' })
  laCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Formal or short name in any naming style: "Kent County Council", "kent", "Bath & North East Somerset Council"',
  })
  name?: string | null;
}
