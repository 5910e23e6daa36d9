import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { MAX_AGGREGATE_YEAR, MIN_AGGREGATE_YEAR } from '../../schema/input-bounds';
import { KIND_DESCRIPTION } from './aggregate-year';

/** The arguments of `Authority.comparison`; `ratingDistribution` adds its grouping to them. */
@ArgsType()
export class ComparisonArgs {
  @Field(() => Int, { description: 'The year of the letters, e.g. 2009' })
  @Min(MIN_AGGREGATE_YEAR)
  @Max(MAX_AGGREGATE_YEAR)
  year!: number;

  @Field(() => AssessmentKind, { nullable: true, description: KIND_DESCRIPTION })
  kind?: AssessmentKind | null;
}
