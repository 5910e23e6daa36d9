import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Forward Relay pagination: `first` items after the opaque cursor `after`. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0-${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  after?: string;
}
