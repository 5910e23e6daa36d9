import { regionNames } from '../../src/reference/regions';
import { ENGINES } from '../helpers/test-database';
import { useTestServer, type TestServer } from '../helpers/test-server';
import { loadBundledLetters } from '../helpers/load-letters';

interface ErrorBody {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function csv(api: TestServer, path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(path, api.server.url));
  return { status: response.status, body: await response.text() };
}

function firstError(body: ErrorBody): { message: string; code: unknown; extensions: Record<string, unknown> } {
  const error = body.errors?.[0];
  return { message: error?.message ?? '', code: error?.extensions?.code, extensions: error?.extensions ?? {} };
}

/** Everything a refused filter's error says, in one string: the message and its details. */
function said(body: ErrorBody): string {
  return JSON.stringify(body.errors ?? []);
}

describe.each(ENGINES)('filters that used to fail silently, on %s', (engine) => {
  const api = useTestServer(engine, { seed: ({ database }) => loadBundledLetters(database.dataSource) });

  it('matches a region whatever its case, and refuses a region that does not exist, listing the real ones', async () => {
    const exact = await api.graphql<{ authorities: { totalCount: number } }>(
      '{ authorities(filter: { region: "London" }) { totalCount } }',
    );
    const lower = await api.graphql<{ authorities: { totalCount: number } }>(
      '{ authorities(filter: { region: "london" }) { totalCount } }',
    );
    expect(exact.body.data?.authorities.totalCount).toBe(33);
    expect(lower.body.data?.authorities.totalCount).toBe(33);
    const assessed = await api.graphql<{ assessments: { totalCount: number } }>(
      '{ assessments(filter: { region: "south east" }) { totalCount } }',
    );
    expect(assessed.body.data?.assessments.totalCount).toBe(1);

    for (const query of [
      '{ authorities(filter: { region: "Lundon" }) { totalCount } }',
      '{ assessments(filter: { region: "Lundon" }) { totalCount } }',
      '{ search(text: "safeguarding", filter: { region: "Lundon" }) { totalCount } }',
    ]) {
      const refused = await api.graphql(query);
      expect(refused.body.data ?? null).toBeNull();
      expect(firstError(refused.body).code).toBe('BAD_USER_INPUT');
      expect(said(refused.body)).toContain('Lundon');
      for (const region of regionNames()) expect(said(refused.body)).toContain(region);
    }
    expect(regionNames()).toHaveLength(9);
  });

  it("refuses years outside the letters' 2005-2009, naming the argument", async () => {
    for (const [query, argument] of [
      ['{ assessments(filter: { year: 2010 }) { totalCount } }', 'year'],
      ['{ authorities(filter: { ratedIn: 2004 }) { totalCount } }', 'ratedIn'],
      ['{ ratingDistribution(year: 2010) { key total unassessed } }', 'year'],
    ] as const) {
      const refused = await api.graphql(query);
      expect({ query, code: firstError(refused.body).code }).toEqual({ query, code: 'BAD_USER_INPUT' });
      expect(said(refused.body)).toContain(argument);
      expect(said(refused.body)).toContain('2005-2009');
    }
    const inRange = await api.graphql<{ ratingDistribution: Array<{ total: number }> }>('{ ratingDistribution(year: 2005) { total } }');
    expect(inRange.body.errors).toBeUndefined();
  });

  it('refuses an unknown CSV parameter, a year outside the letters and a region that does not exist, naming each', async () => {
    const misspelt = await csv(api, '/export/authorities.csv?regoin=London');
    expect(misspelt.status).toBe(400);
    const body = JSON.parse(misspelt.body) as ErrorBody;
    expect(firstError(body)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { parameter: 'regoin' } });
    expect(firstError(body).message).toMatch(/Unknown parameter regoin \(did you mean region\?\)/);

    for (const [path, parameter] of [
      ['/export/assessments.csv?yaer=2009', 'yaer'],
      ['/export/outcome-areas.csv?laCodes=886', 'laCodes'],
      ['/export/setting-judgements.csv?year=2010', 'year'],
      ['/export/authorities.csv?ratedIn=2010', 'ratedIn'],
      ['/export/authorities.csv?region=Lundon', 'region'],
    ] as const) {
      const refused = await csv(api, path);
      expect({ path, status: refused.status }).toEqual({ path, status: 400 });
      expect(firstError(JSON.parse(refused.body) as ErrorBody).extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    }

    const london = await csv(api, '/export/authorities.csv?region=london');
    expect(london.status).toBe(200);
    // Header, 33 boroughs and the closing line break.
    expect(london.body.split('\r\n')).toHaveLength(35);
  });
});
