import { Field, ObjectType } from 'type-graphql';

/** The person a letter was addressed to. */
@ObjectType({ description: 'The person a letter was addressed to' })
export class Recipient {
  @Field({ description: 'The name as the letter gives it, e.g. "Mr John Nash"' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "Director of Children\'s Services"' })
  role!: string | null;
}
