import { Field, Float, Int, ObjectType, ArgsType, ID } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { Max, Min } from 'class-validator';
import { MAX_AGGREGATE_YEAR, MIN_AGGREGATE_YEAR, YEAR_OUT_OF_RANGE_MESSAGE } from '../../schema/input-bounds';
import { KIND_DESCRIPTION } from './year-and-kind';
import { Assessment } from '../../entities';

/** One assessment on an authority's grade line. */
@ObjectType({ description: "One assessment on an authority's grade line" })
export class TrendPoint {
  @Field(() => Int, { description: 'The year assessed' })
  year!: number;

  @Field(() => AssessmentKind, { description: 'The kind of letter: APA (2005-2008) or the 2009 annual rating' })
  kind!: AssessmentKind;

  @Field(() => Int, { description: "The overall grade 1-4: the APA grade for children's services (2005-2008) or the 2009 rating" })
  grade!: number;

  @Field(() => Int, {
    nullable: true,
    description: "grade minus the previous point's grade: positive is better, 0 unchanged; null for the first point",
  })
  change!: number | null;

  @Field(() => ID, { description: 'The id of the assessment behind this point' })
  assessmentId!: number;

  @Field(() => Assessment, { description: 'The assessment behind this point' })
  assessment!: Assessment;
}

/** The arguments of `Authority.comparison`; `ratingDistribution` adds its grouping to them. */
@ArgsType()
export class ComparisonArgs {
  @Field(() => Int, { description: 'The year of the letters, e.g. 2009' })
  @Min(MIN_AGGREGATE_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  @Max(MAX_AGGREGATE_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  year!: number;

  @Field(() => AssessmentKind, { nullable: true, description: KIND_DESCRIPTION })
  kind?: AssessmentKind | null;
}

/** An authority's grade beside the means of the groups it belongs to. */
@ObjectType({
  description:
    "An authority's grade for one year beside the mean grades of its region, its statistical neighbours and England, " +
    'from the letters loaded. Each mean is over the assessed authorities only and is null when none is assessed.',
})
export class AuthorityComparison {
  @Field(() => Int, { description: 'The year compared' })
  year!: number;

  @Field(() => AssessmentKind, { description: 'The kind of letter compared (the default for the year when none was asked for)' })
  kind!: AssessmentKind;

  @Field(() => Int, { nullable: true, description: "The authority's overall grade; null when its letter is not loaded" })
  grade!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean grade of the assessed authorities of its region, itself included' })
  regionMean!: number | null;

  @Field(() => Int, { description: 'Assessed authorities in its region, itself included' })
  regionAssessed!: number;

  @Field(() => Int, {
    description:
      'Of regionAssessed, authorities whose letter the parser could not read completely (Assessment.quality.complete false), ' +
      'itself included; counted as for RatingBucket.incomplete',
  })
  regionIncomplete!: number;

  @Field(() => Int, { description: 'Authorities in its region that year (counted as for RatingBucket.total)' })
  regionAuthorities!: number;

  @Field(() => Float, { nullable: true, description: 'Mean grade of its assessed statistical neighbours' })
  neighbourMean!: number | null;

  @Field(() => Int, { description: 'Statistical neighbours with an assessment loaded' })
  neighboursAssessed!: number;

  @Field(() => Int, {
    description: 'Of neighboursAssessed, neighbours whose letter the parser could not read completely (Assessment.quality.complete false)',
  })
  neighboursIncomplete!: number;

  @Field(() => Int, { description: 'Statistical neighbours listed for the authority that existed that year' })
  neighbourCount!: number;

  @Field(() => Float, { nullable: true, description: 'Mean grade of every assessed authority in England' })
  englandMean!: number | null;

  @Field(() => Int, { description: 'Assessed authorities in England' })
  englandAssessed!: number;

  @Field(() => Int, {
    description: 'Of englandAssessed, authorities whose letter the parser could not read completely (Assessment.quality.complete false)',
  })
  englandIncomplete!: number;

  @Field(() => Int, { description: 'Authorities in England that year (counted as for RatingBucket.total)' })
  englandAuthorities!: number;
}
