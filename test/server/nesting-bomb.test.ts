import { useTestServer } from '../helpers/test-server';

const DEPTH = 2_400;
const nestedList = (depth: number, inner: string): string => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

/** Documents with a list literal nested 2,400 deep: under the token limit, deep enough to overflow any recursive walk. */
const DOCUMENTS: ReadonlyArray<readonly [string, string]> = [
  ['an argument', `{ authorities(filter: { laCodes: ${nestedList(DEPTH, '"886"')} }) { totalCount } }`],
  [
    'a variable default',
    `query Deep($codes: [String!] = ${nestedList(DEPTH, '"886"')}) { authorities(filter: { laCodes: $codes }) { totalCount } }`,
  ],
  ['a directive argument', `{ authorities @skip(if: ${nestedList(DEPTH, 'true')}) { totalCount } }`],
];

describe('lists nested 2,400 deep', () => {
  const api = useTestServer('sqlite');

  it.each(DOCUMENTS)('in %s are refused with 400 QUERY_TOO_DEEP before parsing', async (_where, query) => {
    const response = await api.graphql(query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
    expect(JSON.stringify(response.body)).not.toMatch(/call stack/i);
  });

  it('in the variables are refused with 400 VARIABLES_TOO_DEEP, by POST and by GET', async () => {
    const query = 'query Deep($codes: [String!]) { authorities(filter: { laCodes: $codes }) { totalCount } }';
    const variables = `{"codes":${nestedList(DEPTH, '"886"')}}`;
    const post = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":${JSON.stringify(query)},"variables":${variables}}`,
    });
    const get = await fetch(`${api.server.url}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    for (const response of [post, get]) {
      const body = await response.text();
      expect(response.status).toBe(400);
      expect(JSON.parse(body).errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual([
        'VARIABLES_TOO_DEEP',
      ]);
    }
  });

  it('leaves the server answering', async () => {
    const response = await api.graphql('{ authorities(first: 1) { totalCount } }');
    expect(response.status).toBe(200);
  });
});
