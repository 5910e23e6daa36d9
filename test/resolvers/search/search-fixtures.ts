import type { TestServer } from '../../helpers/test-server';

/** The fields of a hit the tests read. */
export interface HitNode {
  passage: string;
  highlighted: string;
  matches: Array<{ start: number; end: number }>;
  score: number;
  passageKind: string;
  outcomeArea: string | null;
  authority: { id: string; name: string; region: string };
  assessment: { id: string; year: number; kind: string };
}

export interface SearchPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: HitNode }>;
}

export const SEARCH_QUERY = `
  query Search($text: String!, $first: Int, $after: String, $filter: SearchFilter) {
    search(text: $text, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges {
        cursor
        node {
          passage highlighted matches { start end } score passageKind outcomeArea
          authority { id name region }
          assessment { id year kind }
        }
      }
    }
  }`;

export interface SearchVariables {
  text: string;
  first?: number;
  after?: string | null;
  filter?: Record<string, unknown>;
}

/** Runs `search` over HTTP and returns its page, failing the test on any GraphQL error. */
export async function search(server: TestServer, variables: SearchVariables): Promise<SearchPage> {
  const response = await server.graphql<{ search: SearchPage }>(SEARCH_QUERY, { ...variables });
  if (response.body.errors || !response.body.data) {
    throw new Error(`search ${JSON.stringify(variables)} failed: ${JSON.stringify(response.body.errors)}`);
  }
  return response.body.data.search;
}

/** Every hit of a search, following `endCursor` page by page. */
export async function searchAllPages(server: TestServer, variables: SearchVariables): Promise<HitNode[][]> {
  const pages: HitNode[][] = [];
  let after: string | null = null;
  for (;;) {
    const page: SearchPage = await search(server, { ...variables, after });
    pages.push(page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}
