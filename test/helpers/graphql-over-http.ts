import type { GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/server/app-schema';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  body: {
    data?: TData;
    errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
    extensions?: Record<string, unknown>;
  };
  headers: Headers;
}

/** POSTs a GraphQL request over real HTTP, as a client would. */
export async function postGraphQL<TData>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<TData>['body'];
  return { status: response.status, body, headers: response.headers };
}

let schema: Promise<GraphQLSchema> | undefined;

/** The application schema, built once per test file (building it takes a moment). */
export function testSchema(): Promise<GraphQLSchema> {
  schema ??= buildAppSchema();
  return schema;
}

/**
 * A response body without its `extensions.cost`, which every costed answer carries and which
 * differs from one request to the next (the client's budget left, the window's end): for
 * comparing two answers to the same query.
 */
export function withoutCost<TBody extends { extensions?: Record<string, unknown> }>(body: TBody): TBody {
  if (body.extensions === undefined) return body;
  const { cost: _cost, ...others } = body.extensions;
  const { extensions: _extensions, ...rest } = body;
  return (Object.keys(others).length > 0 ? { ...rest, extensions: others } : rest) as TBody;
}
