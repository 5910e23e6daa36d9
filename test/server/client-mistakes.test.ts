import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { createLogger } from '../../src/server/logging/logger';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { startCachedServer, type CachedServer } from './cache/cached-test-server';

interface RawResponse {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** POSTs a body exactly as given, so it can be JSON no client library would build. */
async function postRaw(url: string, body: string | object): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as RawResponse['body'] };
}

/** `{"a":{"a":...1...}}`, `depth` levels deep, as text: building it as an object and stringifying it would overflow the stack. */
function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

/** pino's level numbers: 40 warn, 50 error, 60 fatal. */
const PINO_ERROR = 50;

/**
 * What the server's logger wrote, line by line. The server logs through pino, not the console,
 * so a spy on `console.error` would see nothing whatever the server did.
 */
class CapturedLog {
  readonly stream = new PassThrough();
  private text = '';

  constructor() {
    this.stream.on('data', (chunk: Buffer) => {
      this.text += chunk.toString('utf8');
    });
  }

  /** Lines written since the last call. */
  take(): Array<Record<string, unknown>> {
    const lines = this.text.split('\n').filter((line) => line.trim() !== '');
    this.text = '';
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /**
   * Lines written since the last call, once the request's own line is among them: it is written
   * when the response finishes, which may be just after the client has read it.
   */
  async takeRequest(): Promise<Array<Record<string, unknown>>> {
    for (let turn = 0; turn < 100 && !this.text.includes('"requestId"'); turn += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.take();
  }
}

describe('client mistakes are 4xx with a code, never a 500', () => {
  let database: TestDatabase;
  let api: CachedServer;
  const log = new CapturedLog();

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    // with the response cache and its invalidation plugin, as `serve` runs, logging as `serve` does
    api = await startCachedServer(database, { store: 'memory' }, undefined, createLogger({ destination: log.stream, pretty: false }));
  });
  beforeEach(() => {
    log.take();
  });
  afterEach(async () => {
    const lines = await log.takeRequest();
    // The mistake was logged as a request (so the capture works)...
    expect(lines.some((line) => 'requestId' in line)).toBe(true);
    // ...and nothing here is the server's fault: no error line, no stack trace reaches the log.
    expect(lines.filter((line) => Number(line.level) >= PINO_ERROR || 'err' in line)).toEqual([]);
  });
  afterAll(async () => {
    await api.stop();
    await database.drop();
  });

  function expectRefused(response: RawResponse, code: string): void {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at \w+ \(/);
  }

  it('an operationName that names no operation', async () => {
    expectRefused(await postRaw(api.server.url, { query: 'query A { __typename }', operationName: 'B' }), 'OPERATION_RESOLUTION_FAILURE');
  });

  it('two anonymous operations', async () => {
    expectRefused(await postRaw(api.server.url, { query: '{ __typename } { __typename }' }), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('variables nested 20,000 deep', async () => {
    const body = `{"query":${JSON.stringify(ENTITIES)},"variables":{"r":[${nestedJson(20_000)}]}}`;
    const response = await postRaw(api.server.url, body);
    expectRefused(response, 'VARIABLES_TOO_DEEP');
  });

  it('variables nested 500 deep in a GET (a URL has no room for more)', async () => {
    const url = new URL(api.server.url);
    url.searchParams.set('query', ENTITIES);
    url.searchParams.set('variables', `{"r":[${nestedJson(500)}]}`);
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expectRefused({ status: response.status, body: (await response.json()) as RawResponse['body'] }, 'VARIABLES_TOO_DEEP');
  });

  it('an unknown __typename in _entities', async () => {
    const response = await postRaw(api.server.url, { query: ENTITIES, variables: { r: [{ __typename: 'Nope', id: '1' }] } });
    expectRefused(response, 'BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/Authority/);
  });

  it('a subscription', async () => {
    expectRefused(await postRaw(api.server.url, { query: 'subscription { x }' }), 'OPERATION_NOT_SUPPORTED');
  });

  it('an APQ hash that does not match its query', async () => {
    const wrongHash = createHash('sha256').update('something else').digest('hex');
    const response = await postRaw(api.server.url, {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: wrongHash } },
    });
    expectRefused(response, 'BAD_REQUEST');
  });
});
