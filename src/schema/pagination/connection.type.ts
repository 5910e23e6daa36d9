import { type ClassType, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { Max, Min } from 'class-validator';

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

/** Relay page information. */
@ObjectType({ description: 'Where a page of a list stands, to ask for the next one (Relay)' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page: ask again with `after: endCursor`' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items come before this page (true whenever `after` was given)' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page; null for an empty page' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the page, to pass as `after`; null for an empty page' })
  endCursor!: string | null;
}

/** An edge of a Relay connection. */
export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

/** What a paginated resolver returns; `totalCount` runs its own query only when asked for. */
export interface ConnectionResult<TNode> {
  edges: Array<Edge<TNode>>;
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/**
 * Builds the `XEdge` and `XConnection` object types for a node type, following the
 * Relay connection specification.
 */
export function Connection<TNode extends object>(nodeType: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${nodeType.name} of a page, with its cursor` })
  class EdgeType implements Edge<TNode> {
    @Field({ description: 'Opaque position of this item; pass it as `after` to continue after it' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nodeType.name}` })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${nodeType.name} items (a Relay connection): edges, page info and the total` })
  class ConnectionType implements ConnectionResult<TNode> {
    @Field(() => [EdgeType], { description: 'The items of this page, in order' })
    edges!: Array<Edge<TNode>>;

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next one' })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of nodes matching the filter, across all pages' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return ConnectionType;
}
