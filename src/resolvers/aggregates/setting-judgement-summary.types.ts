import { Field, Int, ObjectType, Float, ArgsType } from 'type-graphql';
import { AssessmentKind, Judgement, JudgementSource, Setting } from '../../domain/enums';
import { Max, Min } from 'class-validator';
import { DistributionGroup } from './distribution-group';
import { MAX_AGGREGATE_YEAR, MIN_AGGREGATE_YEAR, YEAR_OUT_OF_RANGE_MESSAGE } from '../../schema/input-bounds';
import { KIND_DESCRIPTION } from './year-and-kind';

/** The arguments of `settingJudgementSummary`. */
@ArgsType()
export class SettingJudgementSummaryArgs {
  @Field(() => Setting, { description: 'The kind of setting or service to summarise' })
  setting!: Setting;

  @Field(() => Int, { description: 'The year of the letters, e.g. 2009' })
  @Min(MIN_AGGREGATE_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  @Max(MAX_AGGREGATE_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  year!: number;

  @Field(() => AssessmentKind, { nullable: true, description: KIND_DESCRIPTION })
  kind?: AssessmentKind | null;

  // An explicit null also means NONE.
  @Field(() => DistributionGroup, {
    nullable: true,
    defaultValue: DistributionGroup.NONE,
    description: 'How to split the authorities into buckets: one for England (NONE), per region or per kind of authority',
  })
  groupBy?: DistributionGroup | null;

  @Field(() => JudgementSource, { nullable: true, description: 'Only judgements from this source; both when omitted' })
  source?: JudgementSource | null;
}

/** How often letters in a bucket gave a setting one judgement. */
@ObjectType({ description: 'How often the letters in a bucket gave the setting one judgement' })
export class JudgementCount {
  @Field(() => Judgement, { description: 'The judgement counted' })
  judgement!: Judgement;

  @Field(() => Int, { description: 'Setting judgements with this judgement (a letter may make more than one)' })
  mentions!: number;

  @Field(() => Int, { description: 'Distinct assessments making at least one such judgement' })
  assessments!: number;

  @Field(() => Int, {
    description:
      'Of those assessments, the ones whose letter the parser could not read completely (Assessment.quality.complete ' +
      'false): a statement left unread may have judged this setting too, so the mentions and sums may be short for them',
  })
  incomplete!: number;

  @Field(() => Int, {
    description:
      'Mentions that gave a total and a count or a fraction of it: "two of the nine ..." (count 2, total 9), ' +
      '"half of the 18 ..." (proportion 0.5, total 18)',
  })
  numberedMentions!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Settings with the judgement over the numbered mentions: the sum of their counts, a fraction of a total counting as ' +
      'fraction x total, rounded ("half of the 18" is 9); null when there are none',
  })
  summedCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Sum of `total` over the numbered mentions; null when there are none' })
  summedTotal!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'summedCount / summedTotal: the share of all the settings the numbered mentions cover, pooled across letters (a ' +
      'letter about 18 units weighs twice one about 9); null when summedTotal is null or 0',
  })
  pooledProportion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The same number as pooledProportion, under its former name',
    deprecationReason:
      'Renamed pooledProportion: it is a share pooled across letters, not what SettingJudgement.proportion is (one ' +
      "letter's stated fraction); for the stated fractions see meanStatedProportion",
  })
  proportion!: number | null;

  @Field(() => Int, {
    description: 'Mentions that state a fraction ("half", "two thirds"), with or without a total: those with a SettingJudgement.proportion',
  })
  statedProportions!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The mean of SettingJudgement.proportion over those mentions (each letter counts once per mention, whatever its ' +
      'number of settings); null when no mention states a fraction',
  })
  meanStatedProportion!: number | null;
}

/** What the letters of one group of authorities say about one setting. */
@ObjectType({ description: 'What the loaded letters of one group of authorities say about one setting in one year' })
export class SettingJudgementBucket {
  @Field({ description: '"England" for groupBy NONE, the region name for REGION, the AuthorityKind value for AUTHORITY_KIND' })
  key!: string;

  @Field(() => AssessmentKind, { description: 'The kind of letter counted (the default for the year when none was asked for)' })
  kind!: AssessmentKind;

  @Field(() => Int, { description: 'Authorities in the bucket, counted as for RatingBucket.total' })
  authorities!: number;

  @Field(() => Int, { description: 'Assessments of that year and kind loaded for the bucket: the coverage' })
  assessments!: number;

  @Field(() => Int, {
    description:
      'Of those assessments, the ones whose letter the parser could not read completely (Assessment.quality.complete ' +
      'false; counted as for RatingBucket.incomplete). A statement such a letter left unread may be about this setting, ' +
      'so an assessment counted as not mentioning it may in fact judge it',
  })
  incomplete!: number;

  @Field(() => Int, { description: 'Of those, assessments that judge the setting at least once' })
  assessmentsMentioningSetting!: number;

  @Field(() => Int, {
    description:
      'Of the assessments that judge the setting, the ones whose letter the parser could not read completely: they may ' +
      'judge it more often than counted',
  })
  incompleteMentioningSetting!: number;

  @Field(() => [JudgementCount], { description: 'Every Judgement value, in the enum order, with zero counts included' })
  judgements!: JudgementCount[];
}
