import { PassThrough } from 'node:stream';
import { createApolloServer } from '../../../src/server/create-apollo-server';
import { createLogger } from '../../../src/server/logging/logger';
import { startServer, type RunningServer } from '../../../src/server/start-server';
import { testSchema } from '../../helpers/graphql-over-http';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';

/** Everything a logger wrote, as text, and each line parsed as JSON (which fails the test for a plain-text line). */
function capturedLog(): { stream: PassThrough; text: () => string; lines: () => Array<Record<string, unknown>> } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return {
    stream,
    text: () => text,
    lines: () =>
      text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe("TypeORM's and Apollo's own messages in the JSON log", () => {
  let database: TestDatabase;
  let server: RunningServer;
  const log = capturedLog();
  const consoleLines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('mysql');
    server = await startServer({
      dataSource: database.dataSource,
      adminToken: null,
      schema: await testSchema(),
      port: 0,
      host: '127.0.0.1',
      logger: createLogger({ destination: log.stream, pretty: false }),
    });
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleLines.push(args.map(String).join(' '));
      });
    }
  }, 120_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await server?.stop();
    await database?.drop();
  });

  it('logs a slow statement as one JSON entry with its SQL and without its parameters', async () => {
    // A statement slower than the data source's threshold, as a database under load sends.
    Object.assign(database.dataSource.driver.options, { maxQueryExecutionTime: 100, enableQueryTimeout: false });
    try {
      await database.dataSource.query('SELECT SLEEP(0.3) AS slept, ? AS asked', ['private-search-words']);
    } finally {
      Object.assign(database.dataSource.driver.options, { maxQueryExecutionTime: 10_000, enableQueryTimeout: true });
    }
    const slow = log.lines().filter((line) => line.msg === 'Slow SQL statement');
    expect(slow).toEqual([
      expect.objectContaining({ level: 40, sql: 'SELECT SLEEP(0.3) AS slept, ? AS asked', durationMs: expect.any(Number) }),
    ]);
    expect(log.text()).not.toContain('private-search-words');
    expect(consoleLines.filter((line) => /query is slow|private-search-words/.test(line))).toEqual([]);
  });

  it("logs Apollo's unexpected errors as JSON entries", async () => {
    const apolloLog = capturedLog();
    const apollo = createApolloServer({
      schema: await testSchema(),
      logger: createLogger({ destination: apolloLog.stream, pretty: false }),
      compiledExecution: false,
      plugins: [
        {
          async requestDidStart() {
            return {
              async willSendResponse() {
                throw new Error('a plugin failed while sending');
              },
            };
          },
        },
      ],
    });
    await apollo.start();
    try {
      await expect(apollo.executeOperation({ query: '{ __typename }' })).rejects.toThrow('Internal server error');
    } finally {
      await apollo.stop();
    }
    expect(apolloLog.lines()).toContainEqual(
      expect.objectContaining({
        level: 50,
        source: 'apollo',
        msg: 'Unexpected error processing request: Error: a plugin failed while sending',
      }),
    );
    expect(consoleLines.filter((line) => line.includes('Unexpected error processing request'))).toEqual([]);
  });
});
