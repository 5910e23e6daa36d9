import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';

/** An authority's grade beside the means of the groups it belongs to. */
@ObjectType({
  description:
    "An authority's grade for one year beside the mean grades of its region, its statistical neighbours and England, " +
    'from the letters loaded. Each mean is over the assessed authorities only and is null when none is assessed.',
})
export class AuthorityComparison {
  @Field(() => Int)
  year!: number;

  @Field(() => AssessmentKind, { description: 'The kind of letter compared (the default for the year when none was asked for)' })
  kind!: AssessmentKind;

  @Field(() => Int, { nullable: true, description: "The authority's overall grade; null when its letter is not loaded" })
  grade!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean grade of the assessed authorities of its region, itself included' })
  regionMean!: number | null;

  @Field(() => Int, { description: 'Assessed authorities in its region, itself included' })
  regionAssessed!: number;

  @Field(() => Int, { description: 'Authorities in its region that year (counted as for RatingBucket.total)' })
  regionAuthorities!: number;

  @Field(() => Float, { nullable: true, description: 'Mean grade of its assessed statistical neighbours' })
  neighbourMean!: number | null;

  @Field(() => Int, { description: 'Statistical neighbours with an assessment loaded' })
  neighboursAssessed!: number;

  @Field(() => Int, { description: 'Statistical neighbours listed for the authority that existed that year' })
  neighbourCount!: number;

  @Field(() => Float, { nullable: true, description: 'Mean grade of every assessed authority in England' })
  englandMean!: number | null;

  @Field(() => Int, { description: 'Assessed authorities in England' })
  englandAssessed!: number;

  @Field(() => Int, { description: 'Authorities in England that year (counted as for RatingBucket.total)' })
  englandAuthorities!: number;
}
