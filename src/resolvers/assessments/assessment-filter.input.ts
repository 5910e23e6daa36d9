import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { AuthorityKind } from '../../domain/enums';
import { FILTER_YEAR_RANGE, MAX_FILTER_YEAR, MIN_FILTER_YEAR, YEAR_OUT_OF_RANGE_MESSAGE } from '../../schema/input-bounds';
import { IsRegion, regionFilterDescription } from '../../schema/region-input';

/** Narrows `assessments`; every given condition must hold. */
@InputType({ description: "Conditions on assessments; every condition given must hold (also the CSV exports' query parameters)" })
export class AssessmentFilter {
  @Field(() => AssessmentKind, { nullable: true, description: 'Only letters of this kind: APA (2005-2008) or the 2009 annual rating' })
  kind?: AssessmentKind;

  @Field(() => Int, { nullable: true, description: `Year of the assessment, e.g. 2009 (${FILTER_YEAR_RANGE} accepted)` })
  @Min(MIN_FILTER_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  @Max(MAX_FILTER_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  year?: number;

  @Field(() => Int, { nullable: true, description: 'Lowest overall grade, 1-4 (4 best)' })
  @Min(1)
  @Max(4)
  minGrade?: number;

  @Field(() => Int, { nullable: true, description: 'Highest overall grade, 1-4 (4 best)' })
  @Min(1)
  @Max(4)
  maxGrade?: number;

  @Field(() => ID, { nullable: true, description: 'Only the assessments of this authority (its id in this API)' })
  authorityId?: string;

  @Field(() => String, { nullable: true, description: regionFilterDescription('the assessed authority') })
  @IsRegion()
  region?: string;

  @Field(() => AuthorityKind, { nullable: true, description: 'Only assessments of authorities of this kind' })
  authorityKind?: AuthorityKind;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only assessments whose letter the parser read completely; false: only those with a warning that part of the ' +
      'letter went unread (see Assessment.quality)',
  })
  complete?: boolean;
}
