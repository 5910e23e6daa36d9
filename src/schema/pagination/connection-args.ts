import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Forward Relay pagination: `first` items after the opaque cursor `after`. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Adds `first` and `after` to an args class. A mixin rather than a base class so that the
 * pagination arguments come last, as in `authorities(filter, orderBy, first, after)`.
 */
export function WithPageArgs<TBase extends ClassType<object>>(Base: TBase) {
  @ArgsType()
  class Paginated extends Base implements PageArgs {
    @Field(() => Int, { nullable: true, description: `Page size, 0-${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
    @Min(0)
    @Max(MAX_PAGE_SIZE)
    first?: number | null;

    @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
    after?: string | null;
  }
  return Paginated;
}
