import type { GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/server/app-schema';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  body: { data?: TData; errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }> };
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
