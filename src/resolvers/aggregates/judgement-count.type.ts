import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Judgement } from '../../domain/enums';

/** How often letters in a bucket gave a setting one judgement. */
@ObjectType({ description: 'How often the letters in a bucket gave the setting one judgement' })
export class JudgementCount {
  @Field(() => Judgement)
  judgement!: Judgement;

  @Field(() => Int, { description: 'Setting judgements with this judgement (a letter may make more than one)' })
  mentions!: number;

  @Field(() => Int, { description: 'Distinct assessments making at least one such judgement' })
  assessments!: number;

  @Field(() => Int, { description: 'Mentions that gave both a count and a total ("two of the nine ...")' })
  numberedMentions!: number;

  @Field(() => Int, { nullable: true, description: 'Sum of `count` over the numbered mentions; null when there are none' })
  summedCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Sum of `total` over the numbered mentions; null when there are none' })
  summedTotal!: number | null;

  @Field(() => Float, { nullable: true, description: 'summedCount / summedTotal; null when summedTotal is null or 0' })
  proportion!: number | null;
}
