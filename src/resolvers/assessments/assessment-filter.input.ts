import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { AuthorityKind } from '../../domain/enums';
import { FILTER_YEAR_RANGE, MAX_FILTER_YEAR, MAX_REGION_LENGTH, MIN_FILTER_YEAR } from '../../schema/input-bounds';

/** Narrows `assessments`; every given condition must hold. */
@InputType()
export class AssessmentFilter {
  @Field(() => AssessmentKind, { nullable: true })
  kind?: AssessmentKind;

  @Field(() => Int, { nullable: true, description: `Year of the assessment, e.g. 2009 (${FILTER_YEAR_RANGE} accepted)` })
  @Min(MIN_FILTER_YEAR)
  @Max(MAX_FILTER_YEAR)
  year?: number;

  @Field(() => Int, { nullable: true, description: 'Lowest overall grade, 1-4' })
  @Min(1)
  @Max(4)
  minGrade?: number;

  @Field(() => Int, { nullable: true, description: 'Highest overall grade, 1-4' })
  @Min(1)
  @Max(4)
  maxGrade?: number;

  @Field(() => ID, { nullable: true })
  authorityId?: string;

  @Field(() => String, { nullable: true, description: 'Exact region name of the assessed authority' })
  @MaxLength(MAX_REGION_LENGTH)
  region?: string;

  @Field(() => AuthorityKind, { nullable: true })
  authorityKind?: AuthorityKind;
}
