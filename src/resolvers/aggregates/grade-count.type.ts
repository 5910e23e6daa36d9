import { Field, Int, ObjectType } from 'type-graphql';

/** How many authorities in a bucket received one grade. */
@ObjectType({ description: 'How many authorities in a bucket received one grade' })
export class GradeCount {
  @Field(() => Int, { description: '4 outstanding / performs excellently ... 1 inadequate / performs poorly' })
  grade!: number;

  @Field(() => Int, { description: 'Authorities in the bucket with this grade (0 when none)' })
  count!: number;
}
