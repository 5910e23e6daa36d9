import {
  DEFAULT_COMPILED_EXECUTION,
  DEFAULT_DATABASE_TUNING,
  DEFAULT_LOAD_LIMITS,
  DEFAULT_REQUEST_LIMITS,
  DEFAULT_SERVER_TIMINGS,
  DEFAULT_SQLITE_FILE,
  loadConfig,
} from '../../src/config';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file, this machine only on port 4000, no admin token and an in-memory cache', () => {
    expect(loadConfig({})).toEqual({
      database: { type: 'sqlite', file: DEFAULT_SQLITE_FILE },
      databaseTuning: DEFAULT_DATABASE_TUNING,
      port: 4000,
      host: '127.0.0.1',
      adminToken: null,
      redisUrl: null,
      redisNamespace: 'ofsted-graph',
      limits: DEFAULT_REQUEST_LIMITS,
      load: DEFAULT_LOAD_LIMITS,
      timings: DEFAULT_SERVER_TIMINGS,
      migrateOnStart: true,
      loadBundledLetters: true,
      logLevel: 'info',
      compiledExecution: DEFAULT_COMPILED_EXECUTION,
    });
    expect(DEFAULT_REQUEST_LIMITS).toEqual({
      maxCost: 300_000,
      maxDepth: 12,
      maxTokens: 5_000,
      maxVariablesDepth: 32,
      maxVariableKeys: 50_000,
      maxVariableListItems: 20_000,
      maxResponseBytes: 33_554_432,
      introspection: true,
    });
  });

  it('reads the per-client budgets and the admission limits, and keeps the budget above the query cost limit', () => {
    expect(DEFAULT_LOAD_LIMITS).toEqual({
      costBudget: 10_000_000,
      windowSeconds: 60,
      concurrentRequestsPerClient: 64,
      concurrentExecutions: 32,
      queuedExecutions: 1_000,
      queueTimeoutMs: 10_000,
      statementsInFlightPerRequest: 4,
      trustProxyHops: 0,
    });
    const config = loadConfig({
      RATE_LIMIT_COST_BUDGET: '500000',
      RATE_LIMIT_WINDOW_S: '10',
      RATE_LIMIT_CONCURRENT_REQUESTS: '2',
      MAX_CONCURRENT_EXECUTIONS: '4',
      MAX_QUEUED_EXECUTIONS: '0',
      EXECUTION_QUEUE_TIMEOUT_MS: '250',
      REQUEST_STATEMENT_CONCURRENCY: '2',
      TRUST_PROXY_HOPS: '1',
    });
    expect(config.load).toEqual({
      costBudget: 500_000,
      windowSeconds: 10,
      concurrentRequestsPerClient: 2,
      concurrentExecutions: 4,
      queuedExecutions: 0,
      queueTimeoutMs: 250,
      statementsInFlightPerRequest: 2,
      trustProxyHops: 1,
    });
    expect(() => loadConfig({ RATE_LIMIT_COST_BUDGET: '1000' })).toThrow(
      'RATE_LIMIT_COST_BUDGET (1000) must be at least MAX_QUERY_COST (300000)',
    );
  });

  it('reads the answer byte budget from MAX_RESPONSE_BYTES', () => {
    expect(loadConfig({ MAX_RESPONSE_BYTES: '1000000' }).limits.maxResponseBytes).toBe(1_000_000);
    expect(() => loadConfig({ MAX_RESPONSE_BYTES: '0' })).toThrow('MAX_RESPONSE_BYTES must be an integer of at least 1');
  });

  it('turns compiled execution on and off with COMPILED_EXECUTION', () => {
    expect(loadConfig({ COMPILED_EXECUTION: 'false' }).compiledExecution).toBe(false);
    expect(loadConfig({ COMPILED_EXECUTION: 'on' }).compiledExecution).toBe(true);
    expect(() => loadConfig({ COMPILED_EXECUTION: 'sometimes' })).toThrow('COMPILED_EXECUTION must be true or false');
  });

  it('reads MySQL/MariaDB URLs, an absolute SQLite path, the port, the token and Redis', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://user:pw@db:3306/ofsted' }).database).toEqual({
      type: 'mysql',
      url: 'mysql://user:pw@db:3306/ofsted',
    });
    expect(loadConfig({ DATABASE_URL: 'mariadb://db/ofsted' }).database).toEqual({ type: 'mysql', url: 'mysql://db/ofsted' });
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/og.sqlite' }).database).toEqual({ type: 'sqlite', file: '/var/lib/og.sqlite' });
    const config = loadConfig({ PORT: '8080', ADMIN_TOKEN: ' s3cret ', REDIS_URL: 'redis://cache:6379', REDIS_NAMESPACE: 'staging' });
    expect(config).toMatchObject({ port: 8080, adminToken: 's3cret', redisUrl: 'redis://cache:6379', redisNamespace: 'staging' });
  });

  it('reads the limits, timeouts, host and start-up switches', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      LOG_LEVEL: 'WARN',
      DATABASE_POOL_SIZE: '4',
      DATABASE_QUERY_TIMEOUT_MS: '1500',
      MAX_QUERY_TOKENS: '800',
      INTROSPECTION: 'false',
      SHUTDOWN_GRACE_MS: '0',
      MIGRATE_ON_START: 'false',
      LOAD_BUNDLED_LETTERS: 'no',
    });
    expect(config).toMatchObject({ host: '0.0.0.0', logLevel: 'warn', migrateOnStart: false, loadBundledLetters: false });
    expect(config.databaseTuning).toMatchObject({ poolSize: 4, queryTimeoutMs: 1500 });
    expect(config.limits).toMatchObject({ maxTokens: 800, introspection: false });
    expect(config.timings.shutdownGraceMs).toBe(0);
  });

  it.each([
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a URL/],
    [{ DATABASE_URL: 'postgres://db/x' }, /must start with mysql:\/\//],
    [{ DATABASE_URL: 'mysql://db:3306' }, /must name a database/],
    [{ DATABASE_URL: 'sqlite://./relative.sqlite' }, /absolute path/],
    [{ DATABASE_URL: 'sqlite:///' }, /must name a file/],
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE must be an integer of at least 1/],
    [{ MAX_QUERY_DEPTH: 'deep' }, /MAX_QUERY_DEPTH must be an integer/],
    [{ INTROSPECTION: 'maybe' }, /INTROSPECTION must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of trace, debug, info/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
