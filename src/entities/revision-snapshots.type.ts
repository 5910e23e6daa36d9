import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Area, Judgement, JudgementSource, Setting } from '../domain/enums';

/**
 * An outcome area as one accepted version of an assessment judged it. Stored inside the
 * revision (as JSON) rather than as rows: an earlier version is read whole and never
 * filtered or aggregated, while the live `outcome_area` rows serve the current version.
 */
@ObjectType({ description: 'An outcome area as one version of the assessment judged it' })
export class RevisionOutcomeArea {
  @Field(() => Area, { description: 'Which outcome area, or service management' })
  area!: Area;

  @Field(() => Int, { description: 'The grade this version gave the area, 1-4 (4 outstanding, 3 good, 2 adequate, 1 inadequate)' })
  grade!: number;

  @Field({ description: 'The words of the judgement, e.g. "adequate, with some good features"' })
  judgement!: string;

  @Field({ description: 'What this version of the letter says about the area, as written' })
  narrative!: string;

  @Field(() => [String], { description: 'The key strengths this version lists for the area, in its order' })
  strengths!: string[];

  @Field(() => [String], { description: 'The key areas for improvement this version lists for the area, in its order' })
  areasForImprovement!: string[];
}

/** A setting judgement as one accepted version of an assessment made it; see {@link RevisionOutcomeArea}. */
@ObjectType({ description: 'A setting judgement as one version of the assessment made it' })
export class RevisionSettingJudgement {
  @Field(() => Setting, { description: 'The kind of setting or service judged' })
  setting!: Setting;

  @Field(() => Judgement, { description: "The judgement this version reported for these settings, in Ofsted's inspection grades" })
  judgement!: Judgement;

  @Field(() => Int, { nullable: true, description: 'How many settings had the judgement, where the letter gives a number' })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'Out of how many settings of the kind, where the letter gives the number' })
  total!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The share of the authority's settings of this kind with the judgement, 0-1, where the letter states a fraction",
  })
  proportion!: number | null;

  @Field(() => JudgementSource, { description: 'Whether the judgement comes from inspections of the settings or from a joint area review' })
  source!: JudgementSource;

  @Field({ description: 'The sentence of this version of the letter the judgement was read from, word for word' })
  evidence!: string;
}
