import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { AuthorityKind } from '../../reference/authority-kind';

/** Narrows `assessments`; every given condition must hold. */
@InputType()
export class AssessmentFilter {
  @Field(() => AssessmentKind, { nullable: true })
  kind?: AssessmentKind;

  @Field(() => Int, { nullable: true })
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

  @Field(() => String, { nullable: true, description: "Exact region name of the assessed authority" })
  region?: string;

  @Field(() => AuthorityKind, { nullable: true })
  authorityKind?: AuthorityKind;
}
