import { Field, ID, InputType, Int } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { PassageKind } from '../types/search/passage-kind.enum';

/** Narrows `search`; every given condition must hold. */
@InputType({ description: 'Narrows a search; every given condition must hold' })
export class SearchFilter {
  @Field(() => Int, { nullable: true, description: "The assessment's year" })
  year?: number;

  @Field(() => AssessmentKind, { nullable: true })
  kind?: AssessmentKind;

  @Field(() => String, { nullable: true, description: 'Exact region name of the assessed authority' })
  region?: string;

  @Field(() => ID, { nullable: true })
  authorityId?: string;

  @Field(() => PassageKind, { nullable: true })
  passageKind?: PassageKind;
}
