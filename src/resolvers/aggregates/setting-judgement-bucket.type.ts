import { Field, Int, ObjectType } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { JudgementCount } from './judgement-count.type';

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

  @Field(() => Int, { description: 'Of those, assessments that judge the setting at least once' })
  assessmentsMentioningSetting!: number;

  @Field(() => [JudgementCount], { description: 'Every Judgement value, in the enum order, with zero counts included' })
  judgements!: JudgementCount[];
}
