import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DEFAULT_REQUEST_LIMITS } from '../../src/config';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface Refusal {
  status: number;
  code: unknown;
  errors: number;
  elapsedMs: number;
  /** The longest the event loop was held up while the request ran. */
  worstLoopDelayMs: number;
}

/**
 * The quickest of `tries` refusals of one body, each checked for its status and code. The best
 * of five keeps a busy test machine's hiccups out of the timing; a server that parsed or
 * walked the bomb would be slow every time (0.5 s to 10 s here before the caps).
 */
async function quickestRefusal(url: string, body: string, expected: { status: number; code: string }, tries = 5): Promise<Refusal> {
  const refusals: Refusal[] = [];
  for (let attempt = 0; attempt < tries; attempt += 1) refusals.push(await timedPost(url, body));
  for (const refusal of refusals) expect(refusal).toMatchObject({ ...expected, errors: 1 });
  return refusals.reduce((best, refusal) => (refusal.elapsedMs < best.elapsedMs ? refusal : best));
}

/** POSTs a body given as text (so building it costs the test, not the server) and times the answer and the event loop. */
async function timedPost(url: string, body: string): Promise<Refusal> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await response.json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
  const elapsedMs = performance.now() - started;
  loop.disable();
  return {
    status: response.status,
    code: answer.errors?.[0]?.extensions?.code,
    errors: answer.errors?.length ?? 0,
    elapsedMs,
    worstLoopDelayMs: loop.max / 1e6,
  };
}

const STRINGS_QUERY = 'query($names: [String!]) { authorities(filter: { laCodes: $names }, first: 1) { edges { cursor } } }';

/** `{"query": ..., "variables": {"names": [0, 1, 2, ...]}}`: a [String!] variable of `count` numbers, ~0.6 MB for 100,000. */
function numbersForStrings(count: number): string {
  return `{"query":${JSON.stringify(STRINGS_QUERY)},"variables":{"names":[${Array.from({ length: count }, (_, index) => index).join(',')}]}}`;
}

/** 500,000 variable keys in 5.9 MB: `{"k0":0,"k1":1,...}`. */
function manyKeys(count: number): string {
  return `{"query":"{ __typename }","variables":{${Array.from({ length: count }, (_, index) => `"k${index}":${index % 10}`).join(',')}}}`;
}

describe('variables bombs are refused at once, with a code, holding the event loop under 100 ms', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer('sqlite');
    // Warm the route: the first request of a process compiles what it runs.
    await timedPost(api.server.url, numbersForStrings(10));
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('a [String!] variable of 100,000 numbers: 400 VARIABLES_TOO_LARGE', async () => {
    const refusal = await quickestRefusal(api.server.url, numbersForStrings(100_000), { status: 400, code: 'VARIABLES_TOO_LARGE' });
    expect(refusal.elapsedMs).toBeLessThan(100);
    expect(refusal.worstLoopDelayMs).toBeLessThan(100);
  });

  it('500,000 variable keys (5.9 MB, under the body limit): 400 VARIABLES_TOO_LARGE', async () => {
    const body = manyKeys(500_000);
    expect(body.length).toBeGreaterThan(5_000_000);
    expect(body.length).toBeLessThan(6 * 1024 * 1024);
    const refusal = await quickestRefusal(api.server.url, body, { status: 400, code: 'VARIABLES_TOO_LARGE' });
    expect(refusal.elapsedMs).toBeLessThan(100);
    expect(refusal.worstLoopDelayMs).toBeLessThan(100);
  });
});

describe('with the list cap raised, bad variables are still refused after 50 errors', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer('sqlite', { limits: { ...DEFAULT_REQUEST_LIMITS, maxVariableListItems: 1_000_000 } });
    await timedPost(api.server.url, numbersForStrings(10));
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('a [String!] variable of 100,000 numbers: 400 BAD_USER_INPUT counting 50 errors, not an INTERNAL_SERVER_ERROR after seconds', async () => {
    // The first such request compiles the refusal path; it took 10 s before coercion had a cap.
    const cold = await timedPost(api.server.url, numbersForStrings(100_000));
    expect(cold).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', errors: 1 });
    expect(cold.elapsedMs).toBeLessThan(1_000);
    const warm = await quickestRefusal(api.server.url, numbersForStrings(100_000), { status: 400, code: 'BAD_USER_INPUT' });
    // Looser than the default caps' 100 ms: this path parses the 0.6 MB body and coerces up to
    // the 51st error, where the default refuses from the raw bytes.
    expect(warm.elapsedMs).toBeLessThan(300);
    expect(warm.worstLoopDelayMs).toBeLessThan(200);
  });

  it('says how many errors it counted and quotes the first', async () => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: numbersForStrings(1_000),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCount: 51 });
    expect(body.errors[0]!.message).toMatch(
      /^Variable "\$names" got invalid value 0 at "names\[0\]"; String cannot represent a non string value: 0;/,
    );
  });
});

describe('the same caps on a GET', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer('sqlite', { limits: { ...DEFAULT_REQUEST_LIMITS, maxVariableListItems: 100, maxVariableKeys: 10 } });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  async function getCode(variables: unknown): Promise<[number, unknown]> {
    const url = new URL(api.server.url);
    url.searchParams.set('query', STRINGS_QUERY);
    url.searchParams.set('variables', JSON.stringify(variables));
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
    return [response.status, body.errors?.[0]?.extensions.code];
  }

  it('refuses a list or keys over the caps in the URL parameters, and serves one within them', async () => {
    expect(await getCode({ names: Array.from({ length: 101 }, () => '886') })).toEqual([400, 'VARIABLES_TOO_LARGE']);
    expect(await getCode(Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`k${index}`, 1])))).toEqual([
      400,
      'VARIABLES_TOO_LARGE',
    ]);
    expect(await getCode({ names: Array.from({ length: 100 }, () => '886') })).toEqual([200, undefined]);
  });
});
