import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createLogger } from '../../../src/server/logging/logger';
import { startServer, type RunningServer } from '../../../src/server/start-server';
import { packageVersion } from '../../../src/version';
import { LETTER_FILES, readBundledLetter } from '../../helpers/bundled-letters';
import { postGraphQL, testSchema } from '../../helpers/graphql-over-http';
import { SqlStatementCounter } from '../../helpers/sql-statement-counter';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';

const ADMIN_TOKEN = 'log-test-token';
const COUNCIL_PAGE = 'query CouncilPage { authority(laCode: "886") { name assessments { year overallGrade } } }';

/** Every line the server's logger wrote, parsed. */
class CapturedLog {
  readonly stream = new PassThrough();
  private text = '';

  constructor() {
    this.stream.on('data', (chunk: Buffer) => {
      this.text += chunk.toString('utf8');
    });
  }

  lines(): Array<Record<string, unknown>> {
    return this.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** The request lines of one request id; waits a few turns of the event loop for the response's 'finish'. */
  async requestLines(requestId: string): Promise<Array<Record<string, unknown>>> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const found = this.lines().filter((line) => line.requestId === requestId);
      if (found.length) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return [];
  }
}

describe('one JSON log line per request, and Prometheus metrics', () => {
  const log = new CapturedLog();
  const statements = new SqlStatementCounter();
  let database: TestDatabase;
  let server: RunningServer;
  const origin = (): string => new URL(server.url).origin;

  beforeAll(async () => {
    database = await createTestDatabase('mysql', statements);
    server = await startServer({
      dataSource: database.dataSource,
      adminToken: ADMIN_TOKEN,
      schema: await testSchema(),
      port: 0,
      host: '127.0.0.1',
      cache: { store: 'memory' },
      logger: createLogger({ destination: log.stream, pretty: false }),
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('logs a GraphQL request as one JSON line with its id, operation, duration, status, statements and cache use', async () => {
    statements.reset();
    const first = await postGraphQL(server.url, COUNCIL_PAGE, undefined, { 'x-request-id': 'council-1' });
    expect(first.headers.get('x-request-id')).toBe('council-1');
    const sent = statements.count;
    expect(sent).toBeGreaterThan(0);

    const [line, ...more] = await log.requestLines('council-1');
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      msg: 'request',
      service: 'ofsted-graph',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'CouncilPage',
      sqlStatements: sent,
      cacheHit: false,
    });
    expect(typeof line.durationMs).toBe('number');
    expect(typeof line.time).toBe('string');

    // The same query again comes from the response cache, without a statement.
    await postGraphQL(server.url, COUNCIL_PAGE, undefined, { 'x-request-id': 'council-2' });
    expect(await log.requestLines('council-2')).toEqual([expect.objectContaining({ cacheHit: true, sqlStatements: 0 })]);
  });

  it('gives a request without an id a fresh one, and logs errors by code', async () => {
    const response = await postGraphQL(server.url, '{ authority(laCode: "886") { nosuchfield } }');
    const requestId = response.headers.get('x-request-id') ?? '';
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await log.requestLines(requestId)).toEqual([
      expect.objectContaining({ status: 400, errors: ['GRAPHQL_VALIDATION_FAILED'], sqlStatements: 0 }),
    ]);
  });

  it('logs other routes too: a CSV download with its statements', async () => {
    const response = await fetch(`${origin()}/export/authorities.csv`, { headers: { 'x-request-id': 'export-1' } });
    await response.arrayBuffer();
    expect(await log.requestLines('export-1')).toEqual([
      expect.objectContaining({ method: 'GET', path: '/export/authorities.csv', status: 200, sqlStatements: 1 }),
    ]);
  });

  it('serves the metrics at /metrics: durations by operation, errors by code, statements, cache, ingests, pool', async () => {
    const ingest = await postGraphQL(
      server.url,
      'mutation Load($text: String!) { ingestLetter(text: $text) { status } }',
      { text: readBundledLetter(LETTER_FILES.kentRating2009) },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(ingest.body.errors).toBeUndefined();
    // Refused for its token: no letter's outcome, an error by code.
    const refused = await postGraphQL(
      server.url,
      'mutation Load($text: String!) { ingestLetter(text: $text) { status } }',
      { text: 'not read' },
      { authorization: 'Bearer wrong' },
    );
    const refusedCode = String(refused.body.errors?.[0]?.extensions?.code);
    expect(refusedCode).toMatch(/^[A-Z_]+$/);

    const response = await fetch(`${origin()}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const metrics = await response.text();
    expect(metrics).toMatch(/^ofsted_graph_request_duration_seconds_count\{operation="CouncilPage",status="200"\} 2$/m);
    expect(metrics).toMatch(/^ofsted_graph_request_duration_seconds_count\{operation="Load",status="200"\} 1$/m);
    expect(metrics).toMatch(/^ofsted_graph_request_duration_seconds_count\{operation="\/export",status="200"\} 1$/m);
    expect(metrics).toMatch(/^ofsted_graph_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(metrics).toMatch(/^ofsted_graph_response_cache_lookups_total\{result="hit"\} 1$/m);
    expect(metrics).toMatch(/^ofsted_graph_response_cache_lookups_total\{result="miss"\} 1$/m);
    expect(metrics).toMatch(/^ofsted_graph_ingest_outcomes_total\{status="INGESTED"\} 1$/m);
    expect(metrics).not.toMatch(/^ofsted_graph_ingest_outcomes_total\{status="FAILED"\}/m);
    expect(metrics).toMatch(new RegExp(`^ofsted_graph_graphql_errors_total\\{code="${refusedCode}"\\} 1$`, 'm'));
    expect(metrics).toMatch(/^# HELP ofsted_graph_ingest_outcomes_total .*CONFLICT/m);
    expect(metrics).toMatch(/^ofsted_graph_db_pool_connections_in_use \d+$/m);
    const sqlTotal = Number(/^ofsted_graph_sql_statements_total (\d+)$/m.exec(metrics)?.[1]);
    expect(sqlTotal).toBeGreaterThan(2);
  });

  it('logs a CSV download with its query string, and a refused one with its error code', async () => {
    const london = await fetch(`${origin()}/export/authorities.csv?region=London&orderBy=NAME`, {
      headers: { 'x-request-id': 'export-2' },
    });
    await london.arrayBuffer();
    expect(await log.requestLines('export-2')).toEqual([
      expect.objectContaining({ path: '/export/authorities.csv', query: 'region=London&orderBy=NAME', status: 200 }),
    ]);
    const [plain] = await log.requestLines('export-1');
    expect(plain.query).toBeUndefined();
    expect(plain.errors).toBeUndefined();

    const misspelt = await fetch(`${origin()}/export/authorities.csv?regoin=London`, { headers: { 'x-request-id': 'export-3' } });
    await misspelt.arrayBuffer();
    const unknown = await fetch(`${origin()}/export/letters.csv`, { headers: { 'x-request-id': 'export-4' } });
    await unknown.arrayBuffer();
    expect(await log.requestLines('export-3')).toEqual([
      expect.objectContaining({ query: 'regoin=London', status: 400, errors: ['BAD_USER_INPUT'], sqlStatements: 0 }),
    ]);
    expect(await log.requestLines('export-4')).toEqual([expect.objectContaining({ status: 404, errors: ['NOT_FOUND'] })]);
  });
});

describe('metrics on SQLite', () => {
  it('has no connection pool gauge, as SQLite has no pool', async () => {
    const database = await createTestDatabase('sqlite');
    const server = await startServer({
      dataSource: database.dataSource,
      adminToken: null,
      schema: await testSchema(),
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const metrics = await (await fetch(`${new URL(server.url).origin}/metrics`)).text();
      expect(metrics).toMatch(/^ofsted_graph_sql_statements_total /m);
      expect(metrics).not.toMatch(/ofsted_graph_db_pool_connections_in_use/);
    } finally {
      await server.stop();
      await database.drop();
    }
  });
});

describe('the logger', () => {
  it('writes readable lines instead of JSON when asked to (on a terminal)', () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    createLogger({ destination: stream, pretty: true }).info({ operationName: 'CouncilPage' }, 'request');
    expect(text).toMatch(/INFO.*request/);
    expect(text).toMatch(/"operationName":"CouncilPage"/);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('writes one readable line per request on a terminal, all its fields included', async () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const database = await createTestDatabase('sqlite');
    const server = await startServer({
      dataSource: database.dataSource,
      adminToken: null,
      schema: await testSchema(),
      port: 0,
      host: '127.0.0.1',
      logger: createLogger({ destination: stream, pretty: true, level: 'info' }),
    });
    try {
      await postGraphQL(server.url, COUNCIL_PAGE, undefined, { 'x-request-id': 'pretty-1' });
      for (let attempt = 0; attempt < 50 && !text.includes('pretty-1'); attempt += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await server.stop();
      await database.drop();
    }
    const lines = text.split('\n').filter((line) => line.includes('pretty-1') || /^\s/.test(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO: request \{.*"status":200/);
    expect(lines[0]).toMatch(/"operationName":"CouncilPage"/);
  });

  it('knows the version --version prints', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string };
    expect(packageVersion()).toBe(manifest.version);
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
