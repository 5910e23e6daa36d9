import { Field, Float, Int, ObjectType, ArgsType } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { DistributionGroup } from './distribution-group';
import { ComparisonArgs } from './authority-insights.types';

/** The arguments of `ratingDistribution`, in the order DESIGN.md fixes. */
@ArgsType()
export class RatingDistributionArgs extends ComparisonArgs {
  // Nullable with a default, as DESIGN.md fixes it; an explicit null also means NONE.
  @Field(() => DistributionGroup, {
    nullable: true,
    defaultValue: DistributionGroup.NONE,
    description: 'How to split the authorities into buckets: one for England (NONE), per region or per kind of authority',
  })
  groupBy?: DistributionGroup | null;
}

/** How many authorities in a bucket received one grade. */
@ObjectType({ description: 'How many authorities in a bucket received one grade' })
export class GradeCount {
  @Field(() => Int, {
    description:
      'The overall grade: 4 outstanding (APA) / performs excellently (2009), 3 good / performs well, 2 adequate / performs ' +
      'adequately, 1 inadequate / performs poorly',
  })
  grade!: number;

  @Field(() => Int, { description: 'Authorities in the bucket with this grade (0 when none)' })
  count!: number;
}

/** The grades of one group of authorities for one year and kind of letter. */
@ObjectType({
  description:
    'The grades of one group of authorities for one year and kind of letter, from the letters loaded. ' +
    'total = assessed + unassessed always holds.',
})
export class RatingBucket {
  @Field({ description: '"England" for groupBy NONE, the region name for REGION, the AuthorityKind value for AUTHORITY_KIND' })
  key!: string;

  @Field(() => AssessmentKind, { description: 'The kind of letter counted (the default for the year when none was asked for)' })
  kind!: AssessmentKind;

  @Field(() => Int, {
    description:
      'Authorities in the bucket that existed on 1 November of the year, when the letters went out (150 for 2005-2008: ' +
      'Bedfordshire and Cheshire in, their four successors of 1 April 2009 out; 152 for 2009), plus any other authority ' +
      'that has an assessment of that year and kind',
  })
  total!: number;

  @Field(() => Int, { description: 'Authorities in the bucket with an assessment of that year and kind loaded' })
  assessed!: number;

  @Field(() => Int, { description: 'Authorities in the bucket without an assessment of that year and kind loaded (total - assessed)' })
  unassessed!: number;

  @Field(() => Int, {
    description:
      'Of the assessed, authorities whose letter the parser could not read completely (Assessment.quality.complete false: a ' +
      'statement, area, grade or list went unread). Their grades are counted like the others, but what else the letter says ' +
      'may be missing; 0 when every letter was read completely. List them with assessments(filter: { complete: false })',
  })
  incomplete!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean overall grade of the assessed authorities, unrounded; null when none is assessed',
  })
  meanGrade!: number | null;

  @Field(() => [GradeCount], { description: 'Count per grade, always all four, best first: 4, 3, 2, 1 (zero counts included)' })
  grades!: GradeCount[];
}
