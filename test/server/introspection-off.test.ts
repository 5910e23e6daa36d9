import { DEFAULT_REQUEST_LIMITS } from '../../src/config';
import { useTestServer } from '../helpers/test-server';

/**
 * Mistakes whose graphql-js errors suggest names of the schema ("Did you mean ...?"): fields,
 * arguments, input fields and enum values, in the document and in the variables, and types.
 */
const MISTAKES: ReadonlyArray<readonly [string, string, Record<string, unknown>]> = [
  ['a field', '{ authorty(laCode: "886") { name } }', {}],
  ['an argument', '{ authority(lacode: "886") { name } }', {}],
  ['an enum value in the document', '{ assessments(filter: { kind: ANNUAL_PERFORMANCE_ASESSMENT }) { totalCount } }', {}],
  ['an input field in the document', '{ assessments(filter: { yaer: 2009 }) { totalCount } }', {}],
  ['a type in a variable definition', 'query Q($filter: AssessmentFiltr) { assessments(filter: $filter) { totalCount } }', {}],
  ['a fragment type', '{ authority(laCode: "886") { ... on Authorty { name } } }', {}],
  [
    'an enum value in the variables',
    'query Q($kind: AssessmentKind) { assessments(filter: { kind: $kind }) { totalCount } }',
    { kind: 'ANNUAL_PERFORMANCE_ASESSMENT' },
  ],
  [
    'an input field in the variables',
    'query Q($filter: AssessmentFilter) { assessments(filter: $filter) { totalCount } }',
    { filter: { yaer: 2009 } },
  ],
];

describe.each([
  ['off', false],
  ['on', true],
])('with introspection %s', (_, introspection) => {
  const api = useTestServer('sqlite', { limits: { ...DEFAULT_REQUEST_LIMITS, introspection } });

  it.each(MISTAKES)('%s is refused (%s) with no suggestion when off', async (_mistake, query, variables) => {
    const response = await api.graphql(query, variables);
    expect(response.status).toBe(400);
    const messages = (response.body.errors ?? []).map((error) => error.message).join('\n');
    expect(messages).not.toBe('');
    if (introspection) expect(messages).toMatch(/Did you mean/);
    else expect(messages).not.toMatch(/Did you mean|"ANNUAL_PERFORMANCE_ASSESSMENT"|"year"|"laCode"|"authority"|"Authority"/);
  });

  it(introspection ? 'serves GraphiQL with its example tabs' : 'serves no GraphiQL page, examples or bundle', async () => {
    const page = await fetch(api.server.url, { headers: { accept: 'text/html' } });
    const body = await page.text();
    const bundle = await fetch(new URL('/graphiql/graphiql.js', api.server.url));
    if (introspection) {
      expect(page.status).toBe(200);
      expect(body).toContain('defaultTabs');
      expect(bundle.status).toBe(200);
    } else {
      expect(page.status).toBe(404);
      expect(JSON.parse(body)).toEqual({
        errors: [{ message: 'GraphiQL is not served here: introspection is off', extensions: { code: 'NOT_FOUND' } }],
      });
      expect(bundle.status).toBe(404);
    }
  });
});
