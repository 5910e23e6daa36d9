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
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
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
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<TNode> {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionResult<TNode> {
    @Field(() => [EdgeType])
    edges!: Array<Edge<TNode>>;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of nodes matching the filter, across all pages' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return ConnectionType;
}
