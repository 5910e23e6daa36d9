import { ArrayMaxSize, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { AuthorityKind } from '../../domain/enums';
import { FILTER_YEAR_RANGE, MAX_FILTER_YEAR, MIN_FILTER_YEAR, YEAR_OUT_OF_RANGE_MESSAGE } from '../../schema/input-bounds';
import { IsRegion, regionFilterDescription } from '../../schema/region-input';

/**
 * Most DfE codes in one `laCodes` list. Each code is one bound SQL parameter, and SQLite
 * refuses a statement with more than 32,766 of them; 500 is more than every authority there is.
 */
export const MAX_LA_CODES = 500;

/** What counts as a rating for `hasRating` and `ratedIn`, stated once for both descriptions. */
const RATING_MEANING =
  'An assessment of any kind counts: an Annual Performance Assessment letter (2005-2008) as well as a 2009 annual rating letter';

/** Narrows `authorities`; every given condition must hold. */
@InputType({ description: "Conditions on authorities; every condition given must hold (also the CSV export's query parameters)" })
export class AuthorityFilter {
  @Field(() => String, { nullable: true, description: regionFilterDescription('the authority') })
  @IsRegion()
  region?: string;

  @Field(() => AuthorityKind, { nullable: true, description: 'Only authorities of this kind' })
  kind?: AuthorityKind;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the council name, 1-120 characters' })
  @Length(1, 120)
  nameContains?: string;

  @Field(() => [String], { nullable: true, description: `DfE codes, e.g. ["886", "835"]; at most ${MAX_LA_CODES}` })
  @ArrayMaxSize(MAX_LA_CODES)
  laCodes?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only authorities with at least one assessment (in the year `ratedIn`, if given); false: only those with none ' +
      `(in the year \`ratedIn\`, if given). ${RATING_MEANING}, so true without \`ratedIn\` includes councils assessed only ` +
      'in APA letters; use `ratedIn: 2009` for the councils with a 2009 rating',
  })
  hasRating?: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      `A year, ${FILTER_YEAR_RANGE}: only authorities with an assessment in that year, or with none in that year when ` +
      `\`hasRating\` is false. ${RATING_MEANING}, so \`ratedIn: 2009\` means a 2009 annual rating and ` +
      '`ratedIn: 2007` an APA letter of 2007',
  })
  @Min(MIN_FILTER_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  @Max(MAX_FILTER_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  ratedIn?: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'true: also list Bedfordshire and Cheshire, abolished on 1 April 2009 (graded in the APA letters before that); by default the list is the 152 authorities of the 2009 rating',
  })
  includeAbolished?: boolean;
}
