import { DEFAULT_LOAD_LIMITS } from '../../../src/config';
import { loadBundledLetters } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { statusCounts, timedPost } from './hostile-clients';

/** A page every council client asks for: the list of authorities with their latest grades. */
const PAGE = (marker: string): string =>
  `{ authorities(first: 100) { totalCount edges { node { name region assessments { year overallGrade } } } } ${marker}: __typename }`;

const CONNECTIONS = 1_000;

describe.each(ENGINES)('%s: a thousand connections asking the same query on a cold cache', (engine) => {
  const api = useTestServer(engine, {
    cache: { store: 'memory' },
    // The default limits: the thousand arrive as a thousand clients, each with its own key.
    load: DEFAULT_LOAD_LIMITS,
    seed: (server) => loadBundledLetters(server.database.dataSource),
  });

  it('get no 5xx and cost the statements of one execution', async () => {
    // What one execution sends, measured on a query of the same shape the cache has not seen.
    api.statements.reset();
    expect((await timedPost(api.server.url, PAGE('alone'))).status).toBe(200);
    const once = api.statements.count;
    expect(once).toBeGreaterThan(0);

    api.statements.reset();
    const answers = await Promise.all(
      Array.from({ length: CONNECTIONS }, (_, index) => timedPost(api.server.url, PAGE('together'), { 'x-api-key': `client-${index}` })),
    );
    process.stdout.write(
      `${engine}: ${JSON.stringify(statusCounts(answers))}, statements ${api.statements.count} (one execution: ${once}), ` +
        `slowest ${Math.round(Math.max(...answers.map((answer) => answer.ms)))} ms\n`,
    );
    expect(statusCounts(answers)).toEqual({ 200: CONNECTIONS });
    expect(api.statements.count).toBe(once);
    const totals = new Set(answers.map((answer) => JSON.stringify((answer.response.body.data as { authorities: unknown }).authorities)));
    expect(totals.size).toBe(1);
  }, 120_000);
});
