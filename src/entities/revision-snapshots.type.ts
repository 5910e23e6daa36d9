import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Area, Judgement, JudgementSource, Setting } from '../domain/enums';

/**
 * An outcome area as one accepted version of an assessment judged it. Stored inside the
 * revision (as JSON) rather than as rows: an earlier version is read whole and never
 * filtered or aggregated, while the live `outcome_area` rows serve the current version.
 */
@ObjectType({ description: 'An outcome area as one version of the assessment judged it' })
export class RevisionOutcomeArea {
  @Field(() => Area)
  area!: Area;

  @Field(() => Int)
  grade!: number;

  @Field({ description: 'The words of the judgement, e.g. "adequate, with some good features"' })
  judgement!: string;

  @Field()
  narrative!: string;

  @Field(() => [String])
  strengths!: string[];

  @Field(() => [String])
  areasForImprovement!: string[];
}

/** A setting judgement as one accepted version of an assessment made it; see {@link RevisionOutcomeArea}. */
@ObjectType({ description: 'A setting judgement as one version of the assessment made it' })
export class RevisionSettingJudgement {
  @Field(() => Setting)
  setting!: Setting;

  @Field(() => Judgement)
  judgement!: Judgement;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Int, { nullable: true })
  total!: number | null;

  @Field(() => Float, { nullable: true })
  proportion!: number | null;

  @Field(() => JudgementSource)
  source!: JudgementSource;

  @Field()
  evidence!: string;
}
