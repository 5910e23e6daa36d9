import http from 'node:http';
import { DEFAULT_LOAD_LIMITS } from '../../../src/config';
import { loadBundledLetters } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { abusiveQuery, COUNCIL_PAGE } from './hostile-clients';

interface CostExtension {
  requestedQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number; resetAt: string };
}

interface RateLimitData {
  rateLimit: { cost: number; limit: number; remaining: number; used: number; resetAt: string };
}

/** Enough for a few council pages and one 74-alias query, not two. */
const BUDGET = 400_000;
const WINDOW_S = 60;

describe.each(ENGINES)('per-client cost budgets on %s', (engine) => {
  const api = useTestServer(engine, {
    load: { ...DEFAULT_LOAD_LIMITS, costBudget: BUDGET, windowSeconds: WINDOW_S, concurrentRequestsPerClient: 3 },
    seed: (server) => loadBundledLetters(server.database.dataSource),
  });

  const costOf = (extensions: Record<string, unknown> | undefined): CostExtension => extensions?.cost as CostExtension;

  it('tells every answer its cost and what is left, in extensions.cost, the rateLimit field and x-ratelimit headers', async () => {
    const key = { 'x-api-key': 'reporting-client' };
    const first = await api.graphql(COUNCIL_PAGE, undefined, key);
    const second = await api.graphql(COUNCIL_PAGE, undefined, key);
    for (const response of [first, second]) expect(response.status).toBe(200);
    const [before, after] = [costOf(first.body.extensions), costOf(second.body.extensions)];
    expect(before.requestedQueryCost).toBeGreaterThan(0);
    expect(before.throttleStatus).toMatchObject({ maximumAvailable: BUDGET, restoreRate: BUDGET / WINDOW_S });
    expect(before.throttleStatus.currentlyAvailable).toBe(BUDGET - before.requestedQueryCost);
    expect(after.throttleStatus.currentlyAvailable).toBe(before.throttleStatus.currentlyAvailable - after.requestedQueryCost);
    expect(second.headers.get('x-ratelimit-limit')).toBe(String(BUDGET));
    expect(second.headers.get('x-ratelimit-remaining')).toBe(String(after.throttleStatus.currentlyAvailable));

    const asked = await api.graphql<RateLimitData>('{ rateLimit { cost limit remaining used resetAt } }', undefined, key);
    const again = await api.graphql<RateLimitData>('{ rateLimit { cost limit remaining used resetAt } }', undefined, key);
    const [one, two] = [asked.body.data!.rateLimit, again.body.data!.rateLimit];
    expect(one.limit).toBe(BUDGET);
    expect(one.remaining).toBe(after.throttleStatus.currentlyAvailable - one.cost);
    expect(two.remaining).toBe(one.remaining - two.cost);
    expect(two.used).toBe(BUDGET - two.remaining);
    expect(Date.parse(one.resetAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(one.resetAt)).toBeLessThanOrEqual(Date.now() + WINDOW_S * 1000);
    // The field belongs to the client that asked: never cached.
    expect(asked.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 429 RATE_LIMITED with Retry-After once the budget is spent, and only for that client', async () => {
    const key = { 'x-api-key': 'greedy-client' };
    const spent = await api.graphql(abusiveQuery('first'), undefined, key);
    expect(spent.status).toBe(200);
    const refused = await api.graphql(abusiveQuery('second'), undefined, key);
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: BUDGET });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_S);
    // What is left still buys a small query; the refused one charged nothing.
    expect(costOf(refused.body.extensions).throttleStatus.currentlyAvailable).toBe(
      costOf(spent.body.extensions).throttleStatus.currentlyAvailable,
    );
    expect((await api.graphql(COUNCIL_PAGE, undefined, key)).status).toBe(200);
    // Another client, by key or by address, has its own budget.
    expect((await api.graphql(abusiveQuery('third'), undefined, { 'x-api-key': 'patient-client' })).status).toBe(200);
    expect((await api.graphql(COUNCIL_PAGE)).status).toBe(200);
  });

  it('answers 429 RATE_LIMITED with Retry-After past the requests one client may have in flight', async () => {
    const headers = { 'content-type': 'application/json', 'x-api-key': 'parallel-client' };
    const body = JSON.stringify({ query: COUNCIL_PAGE });
    // Three requests whose bodies have not arrived yet: in flight for as long as the test holds them.
    const held = Array.from({ length: 3 }, () => {
      const request = http.request(api.server.url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } });
      const answered = new Promise<number>((resolve, reject) => {
        request.on('response', (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        });
        request.on('error', reject);
      });
      request.flushHeaders();
      return { request, answered };
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await api.graphql(COUNCIL_PAGE, undefined, { 'x-api-key': 'parallel-client' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', maximumConcurrentRequests: 3 });
    // Others are not counted against it.
    expect((await api.graphql(COUNCIL_PAGE, undefined, { 'x-api-key': 'another-client' })).status).toBe(200);
    for (const { request } of held) request.end(body);
    expect(await Promise.all(held.map(({ answered }) => answered))).toEqual([200, 200, 200]);
    expect((await api.graphql(COUNCIL_PAGE, undefined, { 'x-api-key': 'parallel-client' })).status).toBe(200);
  });
});
