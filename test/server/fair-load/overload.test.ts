import { DEFAULT_LOAD_LIMITS } from '../../../src/config';
import { loadBundledLetters } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { abusiveQuery, statusCounts, timedPost, UNLIMITED_BUDGET } from './hostile-clients';

describe.each(ENGINES)('an overloaded server on %s', (engine) => {
  // One operation at a time and no queue: any operation arriving while one executes is overload.
  const api = useTestServer(engine, {
    load: { ...UNLIMITED_BUDGET, concurrentExecutions: 1, queuedExecutions: 0, queueTimeoutMs: DEFAULT_LOAD_LIMITS.queueTimeoutMs },
    seed: (server) => loadBundledLetters(server.database.dataSource),
  });

  it('answers 503 OVERLOADED with Retry-After, never DATABASE_UNAVAILABLE, and /readyz stays ready', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => timedPost(api.server.url, abusiveQuery(`o${index}`), { 'x-api-key': `client-${index}` })),
    );
    const ready = await fetch(new URL('/readyz', api.server.url));
    const overloaded = answers.filter((answer) => answer.status === 503);
    expect(statusCounts(answers)[200]).toBeGreaterThanOrEqual(1);
    expect(overloaded.length).toBeGreaterThanOrEqual(1);
    for (const answer of overloaded) {
      expect(answer.code).toBe('OVERLOADED');
      expect(answer.response.headers.get('retry-after')).toBe('1');
    }
    expect(answers.filter((answer) => answer.code === 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(ready.status).toBe(200);
  });
});
