import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { Assessment } from '../../entities/index';

/** One assessment on an authority's grade line. */
@ObjectType({ description: "One assessment on an authority's grade line" })
export class TrendPoint {
  @Field(() => Int)
  year!: number;

  @Field(() => AssessmentKind)
  kind!: AssessmentKind;

  @Field(() => Int, { description: "The overall grade 1-4: the APA grade for children's services (2005-2008) or the 2009 rating" })
  grade!: number;

  @Field(() => Int, {
    nullable: true,
    description: "grade minus the previous point's grade: positive is better, 0 unchanged; null for the first point",
  })
  change!: number | null;

  @Field(() => ID)
  assessmentId!: number;

  @Field(() => Assessment)
  assessment!: Assessment;
}
