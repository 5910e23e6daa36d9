import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

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
