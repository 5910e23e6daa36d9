import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AssessmentKind } from '../../domain/enums';
import { PassageKind } from '../../domain/enums';
import { FILTER_YEAR_RANGE, MAX_FILTER_YEAR, MIN_FILTER_YEAR, YEAR_OUT_OF_RANGE_MESSAGE } from '../../schema/input-bounds';
import { IsRegion, regionFilterDescription } from '../../schema/region-input';

/** Narrows `search`; every given condition must hold. */
@InputType({ description: 'Narrows a search; every given condition must hold' })
export class SearchFilter {
  @Field(() => Int, { nullable: true, description: `The assessment's year (${FILTER_YEAR_RANGE} accepted)` })
  @Min(MIN_FILTER_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  @Max(MAX_FILTER_YEAR, { message: YEAR_OUT_OF_RANGE_MESSAGE })
  year?: number;

  @Field(() => AssessmentKind, { nullable: true, description: 'Only letters of this kind: APA (2005-2008) or the 2009 annual rating' })
  kind?: AssessmentKind;

  @Field(() => String, { nullable: true, description: regionFilterDescription('the assessed authority') })
  @IsRegion()
  region?: string;

  @Field(() => ID, { nullable: true, description: 'Only the letters about this authority (its id in this API)' })
  authorityId?: string;

  @Field(() => PassageKind, { nullable: true, description: 'Only passages from this part of the letters' })
  passageKind?: PassageKind;
}
