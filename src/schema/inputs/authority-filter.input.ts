import { ArrayMaxSize, Length } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { AuthorityKind } from '../../reference/authority-kind';

/** Narrows `authorities`; every given condition must hold. */
@InputType()
export class AuthorityFilter {
  @Field(() => String, { nullable: true, description: 'Exact region name, e.g. "South East"' })
  region?: string;

  @Field(() => AuthorityKind, { nullable: true })
  kind?: AuthorityKind;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the council name' })
  @Length(1, 120)
  nameContains?: string;

  @Field(() => [String], { nullable: true, description: 'DfE codes, e.g. ["886", "835"]' })
  @ArrayMaxSize(500)
  laCodes?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only authorities with at least one assessment (in `ratedIn`, if given); false: only those without',
  })
  hasRating?: boolean;

  @Field(() => Int, { nullable: true, description: 'With `hasRating`: the year of the assessment' })
  ratedIn?: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'true: also list Bedfordshire and Cheshire, abolished on 1 April 2009 (graded in the APA letters before that); by default the list is the 152 authorities of the 2009 rating',
  })
  includeAbolished?: boolean;
}
