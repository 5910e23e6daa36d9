import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_SEARCH_TEXT_LENGTH } from './search-words';
import { SearchFilter } from './search-filter.input';

export const DEFAULT_SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE_SIZE = 100;

/** `search(text, first, after, filter)`. */
@ArgsType()
export class SearchArgs {
  @Field({ description: `Words to find, all of them (up to ${MAX_SEARCH_TEXT_LENGTH} characters)` })
  @MaxLength(MAX_SEARCH_TEXT_LENGTH)
  text!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Page size, 0-${MAX_SEARCH_PAGE_SIZE} (default ${DEFAULT_SEARCH_PAGE_SIZE})`,
  })
  @Min(0)
  @Max(MAX_SEARCH_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  after?: string | null;

  // Without it the filter's own rules never run: type-graphql validates only the args object itself.
  @Field(() => SearchFilter, { nullable: true, description: 'Only passages of letters that meet every condition given' })
  @ValidateNested()
  filter?: SearchFilter;
}
