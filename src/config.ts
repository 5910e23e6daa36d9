import path from 'node:path';

/** Which database the product talks to. */
export type DatabaseConfig = { type: 'mysql'; url: string } | { type: 'sqlite'; file: string };

/**
 * How long the product waits for the database and how many connections it holds. Every wait
 * is bounded so that a database that stops answering (a paused VM, a Galera node leaving the
 * cluster, a network partition) turns into a quick DATABASE_UNAVAILABLE instead of requests
 * that hang for as long as the outage lasts.
 */
export interface DatabaseTuning {
  /** MySQL/MariaDB connections in the pool (`DATABASE_POOL_SIZE`). */
  poolSize: number;
  /** Longest wait for a new connection's handshake (`DATABASE_CONNECT_TIMEOUT_MS`). */
  connectTimeoutMs: number;
  /** Longest wait for a free pooled connection (`DATABASE_ACQUIRE_TIMEOUT_MS`). */
  acquireTimeoutMs: number;
  /** Longest wait for one statement's answer (`DATABASE_QUERY_TIMEOUT_MS`). */
  queryTimeoutMs: number;
  /** Requests allowed to queue for a connection before more are refused at once (`DATABASE_QUEUE_LIMIT`). */
  queueLimit: number;
  /** SQLite: how long a writer waits for another process's write lock (`SQLITE_BUSY_TIMEOUT_MS`). */
  busyTimeoutMs: number;
}

/** Bounds on the work one GraphQL request may ask for; each refusal has its own error code. */
export interface RequestLimits {
  /** Highest query cost (`MAX_QUERY_COST`; QUERY_TOO_COSTLY). */
  maxCost: number;
  /** Deepest selection, introspection aside (`MAX_QUERY_DEPTH`; QUERY_TOO_DEEP). */
  maxDepth: number;
  /** Most tokens in a document (`MAX_QUERY_TOKENS`; QUERY_TOO_MANY_TOKENS). */
  maxTokens: number;
  /** Deepest nesting of the variables JSON (`MAX_VARIABLES_DEPTH`; VARIABLES_TOO_DEEP). */
  maxVariablesDepth: number;
  /** Object keys in a request's JSON, variables and extensions included (`MAX_VARIABLE_KEYS`; VARIABLES_TOO_LARGE). */
  maxVariableKeys: number;
  /** List items in a request's JSON, all lists together (`MAX_VARIABLE_LIST_ITEMS`; VARIABLES_TOO_LARGE). */
  maxVariableListItems: number;
  /**
   * Most bytes of long text (letters, summaries, narratives, evidence, passages) one answer may
   * carry, counted as it is resolved and before it is serialised (`MAX_RESPONSE_BYTES`;
   * RESPONSE_TOO_LARGE). The query cost bounds the rest of an answer.
   */
  maxResponseBytes: number;
  /**
   * Introspection, `_service { sdl }` and "did you mean" suggestions (`INTROSPECTION`). On by
   * default because analysts explore the API in GraphiQL; a deployment that publishes its
   * schema another way turns all three off together.
   */
  introspection: boolean;
}

/**
 * What keeps one client, or a burst of clients, from taking the server from everyone else: a
 * cost budget and a cap on requests in flight per client, a cap on each request's statements
 * in flight, and a fair queue in front of execution. Defaults are far above what a person in
 * GraphiQL or a well-behaved script reaches; tests lower them.
 */
export interface LoadLimits {
  /** Query cost a client may spend per window (`RATE_LIMIT_COST_BUDGET`; RATE_LIMITED). */
  costBudget: number;
  /** Length of the budget's window, in seconds (`RATE_LIMIT_WINDOW_S`). */
  windowSeconds: number;
  /** Requests one client may have in flight at once (`RATE_LIMIT_CONCURRENT_REQUESTS`; RATE_LIMITED). */
  concurrentRequestsPerClient: number;
  /** Operations executing at once in this process (`MAX_CONCURRENT_EXECUTIONS`). */
  concurrentExecutions: number;
  /** Operations waiting for an execution slot before more are refused (`MAX_QUEUED_EXECUTIONS`; OVERLOADED). */
  queuedExecutions: number;
  /** Longest an operation waits for an execution slot (`EXECUTION_QUEUE_TIMEOUT_MS`; OVERLOADED). */
  queueTimeoutMs: number;
  /** SQL statements one request may have running at once (`REQUEST_STATEMENT_CONCURRENCY`). */
  statementsInFlightPerRequest: number;
  /** Proxies in front of the server whose `X-Forwarded-For` is believed (`TRUST_PROXY_HOPS`). */
  trustProxyHops: number;
}

/** Waits of the HTTP server and its caches, and what `serve` does at start and stop. */
export interface ServerTimings {
  /** Longest a Redis command may take before the request goes on without the cache (`REDIS_TIMEOUT_MS`). */
  redisTimeoutMs: number;
  /** Longest `/readyz` waits for the database (`READINESS_TIMEOUT_MS`). */
  readinessTimeoutMs: number;
  /** After SIGTERM, how long `/readyz` says 503 before the server stops accepting (`SHUTDOWN_DRAIN_DELAY_MS`). */
  shutdownDrainDelayMs: number;
  /** After that, how long requests in flight may take to finish (`SHUTDOWN_GRACE_MS`). */
  shutdownGraceMs: number;
  /** How long `serve` waits for the database to answer at start (`DATABASE_WAIT_MS`). */
  databaseWaitMs: number;
}

/** Everything the process reads from its environment, validated once at start-up. */
export interface AppConfig {
  database: DatabaseConfig;
  databaseTuning: DatabaseTuning;
  port: number;
  /** Interface to listen on (`HOST`); this machine only by default, `0.0.0.0` for every interface. */
  host: string;
  /** Bearer token that unlocks `ingestLetter`; the mutation is disabled when unset. */
  adminToken: string | null;
  /** Shared response cache; in-memory when unset. */
  redisUrl: string | null;
  /**
   * Prefix of this deployment's Redis keys (`REDIS_NAMESPACE`, default `ofsted-graph`): servers
   * and `ingest` runs that share it share one cache, and an ingest clears it for all of them.
   * Two deployments (or test runs) on one Redis keep apart by choosing different ones.
   */
  redisNamespace: string;
  limits: RequestLimits;
  load: LoadLimits;
  timings: ServerTimings;
  /** `serve` runs migrations first (`MIGRATE_ON_START`); off where migrating is a deploy step. */
  migrateOnStart: boolean;
  /** `serve` loads the bundled letters into an empty database (`LOAD_BUNDLED_LETTERS`). */
  loadBundledLetters: boolean;
  /** pino level of the log (`LOG_LEVEL`). */
  logLevel: LogLevel;
  /** Queries run compiled by graphql-jit rather than interpreted by graphql-js (`COMPILED_EXECUTION`). */
  compiledExecution: boolean;
}

/** pino's level names, and `silent`. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Whether queries run through graphql-jit (see server/compiled-executor.ts) unless
 * `COMPILED_EXECUTION` says otherwise.
 */
export const DEFAULT_COMPILED_EXECUTION = true;

/** Where the embedded database lives when `DATABASE_URL` is unset. */
export const DEFAULT_SQLITE_FILE = path.resolve(process.cwd(), 'data', 'ofsted-graph.sqlite');

/** Who reads a variable: the groups of `.env.example` and of `serve --help`. */
export type SettingSection = 'server' | 'database' | 'limits' | 'load' | 'waits' | 'tests';

export const SECTION_TITLES: Readonly<Record<SettingSection, string>> = {
  server: 'The server (ofsted-graph serve; DATABASE_URL also for ingest and migrate)',
  database: 'The database connection',
  limits: 'What one GraphQL request may ask for',
  load: 'What one client may take: budgets, fair queuing, overload',
  waits: 'Waits, start-up and shutdown',
  tests: 'The tests (npm test), not the app',
};

/**
 * One environment variable: the whole truth about it in one row, so that `loadConfig`,
 * `.env.example` and `serve --help` cannot disagree.
 */
export interface Setting<T> {
  section: SettingSection;
  /** What it changes, for `.env.example` and `--help`. */
  description: string;
  /** The value when the variable is unset or blank. */
  default: T;
  /** What happens when the variable is unset, for a default that is not a plain value ("the SQLite file ..."). */
  whenUnset?: string;
  /** A value to show in `.env.example` for a variable that is unset by default. */
  example?: string;
  /** Turns the (trimmed, non-empty) text into the value, or throws naming the variable. */
  parse(raw: string, name: string): T;
}

function parseDatabaseUrl(raw: string): DatabaseConfig {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`DATABASE_URL is not a URL: "${raw}"`);
  }
  if (url.protocol === 'mysql:' || url.protocol === 'mariadb:') {
    if (url.pathname.length <= 1) throw new Error('DATABASE_URL must name a database: mysql://user:pass@host:port/db');
    return { type: 'mysql', url: raw.replace(/^mariadb:/, 'mysql:') };
  }
  if (url.protocol === 'sqlite:' || url.protocol === 'file:') {
    // sqlite://./x.sqlite parses with "." as the host: the path would silently become /x.sqlite.
    if (url.host !== '') throw new Error(`DATABASE_URL for SQLite must be an absolute path, sqlite:///path/to/db.sqlite; got "${raw}"`);
    const file = decodeURIComponent(url.pathname);
    if (file === '' || file === '/') throw new Error('DATABASE_URL for SQLite must name a file: sqlite:///path/to/db.sqlite');
    return { type: 'sqlite', file };
  }
  throw new Error(`DATABASE_URL must start with mysql:// (or sqlite://), got "${url.protocol}//"`);
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer 0-65535, got "${raw}"`);
  return port;
}

/** A parser of whole numbers of at least `minimum`. */
function integer(minimum: number): (raw: string, name: string) => number {
  return (raw, name) => {
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < minimum) throw new Error(`${name} must be an integer of at least ${minimum}, got "${raw}"`);
    return value;
  };
}

function flag(raw: string, name: string): boolean {
  const word = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(word)) return true;
  if (['false', '0', 'no', 'off'].includes(word)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function text(raw: string): string {
  return raw;
}

/** A string setting that is absent by default. */
function optionalText(raw: string): string | null {
  return raw;
}

function logLevel(raw: string, name: string): LogLevel {
  const level = LOG_LEVELS.find((candidate) => candidate === raw.toLowerCase());
  if (level === undefined) throw new Error(`${name} must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/**
 * Every variable the app and its tests read, in the order `.env.example` lists them. Add a
 * setting here and it is validated, documented in `.env.example` (`npm run env:example`) and
 * listed by `serve --help`.
 */
export const SETTINGS = {
  DATABASE_URL: {
    section: 'server',
    description:
      'MySQL/MariaDB as mysql://user:pass@host:port/db, or another SQLite file as sqlite:///absolute/path.sqlite. ' +
      'Read by serve, ingest and migrate.',
    default: { type: 'sqlite', file: DEFAULT_SQLITE_FILE } as DatabaseConfig,
    whenUnset: 'the SQLite file ./data/ofsted-graph.sqlite',
    example: 'mysql://root@127.0.0.1:3306/ofsted_graph',
    parse: parseDatabaseUrl,
  },
  HOST: {
    section: 'server',
    description: 'Interface to listen on: this machine only by default; 0.0.0.0 listens on every interface (a container, another machine).',
    default: '127.0.0.1',
    parse: text,
  },
  PORT: { section: 'server', description: 'HTTP port of serve; 0 picks a free one.', default: 4000, parse: parsePort },
  ADMIN_TOKEN: {
    section: 'server',
    description: 'Bearer token that unlocks the ingestLetter mutation; unset disables the mutation.',
    default: null,
    whenUnset: 'ingestLetter disabled',
    example: 'change-me-to-a-long-random-string',
    parse: optionalText,
  },
  REDIS_URL: {
    section: 'server',
    description: 'Shared response cache for several processes; unset keeps the cache in memory, per process.',
    default: null,
    whenUnset: 'in memory',
    example: 'redis://127.0.0.1:6379',
    parse: optionalText,
  },
  REDIS_NAMESPACE: {
    section: 'server',
    description:
      "Prefix of this deployment's Redis keys: servers and ingest runs with the same REDIS_URL and namespace share one cache; give two deployments (or a test run) on one Redis different ones.",
    default: 'ofsted-graph',
    parse: text,
  },
  LOG_LEVEL: {
    section: 'server',
    description: `Least severe log line written: ${LOG_LEVELS.join(', ')}.`,
    default: 'info' as LogLevel,
    parse: logLevel,
  },
  NODE_ENV: {
    section: 'server',
    description:
      'production (set when unset, before graphql-js loads) skips graphql-js development checks that cost a tenth of a large ' +
      "query's time; development keeps them (the tests run that way).",
    default: 'production',
    parse: text,
  },
  MIGRATE_ON_START: {
    section: 'waits',
    description: 'serve runs pending migrations first; false where migrating is a deploy step (a cluster).',
    default: true,
    parse: flag,
  },
  LOAD_BUNDLED_LETTERS: {
    section: 'waits',
    description: 'serve loads the five bundled letters into an empty database.',
    default: true,
    parse: flag,
  },
  COMPILED_EXECUTION: {
    section: 'limits',
    description: 'Queries run compiled by graphql-jit (mutations, introspection and failing queries still run on graphql-js).',
    default: DEFAULT_COMPILED_EXECUTION,
    parse: flag,
  },
  DATABASE_WAIT_MS: {
    section: 'waits',
    description: 'How long serve waits for the database to answer at start before giving up.',
    default: 60_000,
    parse: integer(0),
  },
  READINESS_TIMEOUT_MS: {
    section: 'waits',
    description: 'Longest /readyz waits for the database before answering 503.',
    default: 500,
    parse: integer(1),
  },
  REDIS_TIMEOUT_MS: {
    section: 'waits',
    description: 'Longest a Redis command may take before the request goes on without the shared cache.',
    default: 250,
    parse: integer(1),
  },
  SHUTDOWN_DRAIN_DELAY_MS: {
    section: 'waits',
    description: 'After SIGTERM or SIGINT, how long /readyz says 503 before the server stops accepting connections.',
    default: 2_000,
    parse: integer(0),
  },
  SHUTDOWN_GRACE_MS: {
    section: 'waits',
    description: 'After that, how long requests in flight may take to finish.',
    default: 10_000,
    parse: integer(0),
  },
  DATABASE_POOL_SIZE: { section: 'database', description: 'MySQL/MariaDB connections in the pool.', default: 10, parse: integer(1) },
  DATABASE_CONNECT_TIMEOUT_MS: {
    section: 'database',
    description: "Longest wait for a new connection's handshake.",
    default: 3_000,
    parse: integer(1),
  },
  DATABASE_ACQUIRE_TIMEOUT_MS: {
    section: 'database',
    description: 'Longest wait for a free pooled connection.',
    default: 3_000,
    parse: integer(1),
  },
  DATABASE_QUERY_TIMEOUT_MS: {
    section: 'database',
    description: "Longest wait for one statement's answer (then DATABASE_UNAVAILABLE).",
    default: 10_000,
    parse: integer(1),
  },
  DATABASE_QUEUE_LIMIT: {
    section: 'database',
    description: 'Requests that may queue for a connection before more are refused at once.',
    default: 500,
    parse: integer(1),
  },
  SQLITE_BUSY_TIMEOUT_MS: {
    section: 'database',
    description: "SQLite: how long a writer waits for another process's write lock.",
    default: 10_000,
    parse: integer(1),
  },
  MAX_QUERY_COST: { section: 'limits', description: 'Highest query cost (QUERY_TOO_COSTLY).', default: 300_000, parse: integer(1) },
  MAX_QUERY_DEPTH: {
    section: 'limits',
    description: 'Deepest selection, introspection aside (QUERY_TOO_DEEP).',
    default: 12,
    parse: integer(1),
  },
  MAX_QUERY_TOKENS: {
    section: 'limits',
    description: 'Most tokens in a document (QUERY_TOO_MANY_TOKENS).',
    default: 5_000,
    parse: integer(1),
  },
  MAX_VARIABLES_DEPTH: {
    section: 'limits',
    description: 'Deepest nesting of the variables JSON (VARIABLES_TOO_DEEP).',
    default: 32,
    parse: integer(1),
  },
  MAX_VARIABLE_KEYS: {
    section: 'limits',
    description: 'Most object keys in a request body, counted before it is parsed (VARIABLES_TOO_LARGE).',
    default: 50_000,
    parse: integer(1),
  },
  MAX_VARIABLE_LIST_ITEMS: {
    section: 'limits',
    description: 'Most list items in a request body, all lists together, counted before it is parsed (VARIABLES_TOO_LARGE).',
    default: 20_000,
    parse: integer(1),
  },
  MAX_RESPONSE_BYTES: {
    section: 'limits',
    description:
      'Most bytes of long text (letters, summaries, narratives, evidence, passages) one answer may carry, by their stored sizes, ' +
      'refused before the answer is built (RESPONSE_TOO_LARGE).',
    default: 32 * 1024 * 1024,
    parse: integer(1),
  },
  INTROSPECTION: {
    section: 'limits',
    description:
      'Introspection, _service { sdl } and "did you mean" suggestions, together; false where the schema is published another way.',
    default: true,
    parse: flag,
  },
  RATE_LIMIT_COST_BUDGET: {
    section: 'load',
    description:
      'Query cost one client (its X-API-Key, else its address) may spend per window; past it 429 RATE_LIMITED with Retry-After. ' +
      'At least MAX_QUERY_COST.',
    default: 10_000_000,
    parse: integer(1),
  },
  RATE_LIMIT_WINDOW_S: {
    section: 'load',
    description: "Length of a client's budget window in seconds; the whole budget comes back when it ends.",
    default: 60,
    parse: integer(1),
  },
  RATE_LIMIT_CONCURRENT_REQUESTS: {
    section: 'load',
    description: 'GraphQL requests one client may have in flight at once; more are answered 429 RATE_LIMITED with Retry-After.',
    default: 64,
    parse: integer(1),
  },
  MAX_CONCURRENT_EXECUTIONS: {
    section: 'load',
    description:
      'Operations executing at once in this process; the rest wait in a queue served in turn, one client after another ' +
      '(cache hits and requests sharing an identical one in flight do not wait).',
    default: 32,
    parse: integer(1),
  },
  MAX_QUEUED_EXECUTIONS: {
    section: 'load',
    description: 'Operations that may wait for an execution slot; more are answered 503 OVERLOADED with Retry-After.',
    default: 1_000,
    parse: integer(0),
  },
  EXECUTION_QUEUE_TIMEOUT_MS: {
    section: 'load',
    description: 'Longest an operation waits for an execution slot before it is answered 503 OVERLOADED with Retry-After.',
    default: 10_000,
    parse: integer(1),
  },
  REQUEST_STATEMENT_CONCURRENCY: {
    section: 'load',
    description:
      'SQL statements one request may have running at once. Statements of all requests queue in front of the database ' +
      '(at most DATABASE_POOL_SIZE run, one on SQLite) and take turns client by client, so no request fills the pool queue. ' +
      'At least 2: a transaction holds one connection while the request may read on another.',
    default: 4,
    parse: integer(2),
  },
  TRUST_PROXY_HOPS: {
    section: 'load',
    description:
      "Proxies (load balancers) in front of the server: a client without X-API-Key is then known by the address X-Forwarded-For gives that many hops back, not by the proxy's.",
    default: 0,
    parse: integer(0),
  },
  TEST_MYSQL_URL: {
    section: 'tests',
    description:
      'MySQL/MariaDB server the integration tests create their databases on (no database in the path; CREATE and DROP DATABASE).',
    default: 'mysql://root@127.0.0.1:3306',
    parse: text,
  },
  TEST_REDIS_URL: {
    section: 'tests',
    description: 'Redis for the shared response cache tests (each test uses a key prefix of its own).',
    default: 'redis://127.0.0.1:6379',
    parse: text,
  },
  CHROMIUM_PATH: {
    section: 'tests',
    description: 'Chromium for the GraphiQL browser tests and the README screenshot.',
    default: '/usr/bin/chromium',
    parse: text,
  },
  TEST_PYTHON: {
    section: 'tests',
    description: "Python with pandas and openpyxl, for the CSV tests' strict readers.",
    default: '/usr/bin/python3',
    parse: text,
  },
} satisfies Record<string, Setting<unknown>>;

export type SettingName = keyof typeof SETTINGS;

/** The value of every setting, typed by its parser. */
export type SettingValues = { [Name in SettingName]: ReturnType<(typeof SETTINGS)[Name]['parse']> };

/** Reads every setting from `env`: blank or unset means the default. Throws naming the first bad variable. */
export function readSettings(env: NodeJS.ProcessEnv): SettingValues {
  const entries = Object.entries(SETTINGS).map(([name, setting]: [string, Setting<unknown>]) => {
    const raw = env[name]?.trim();
    return [name, raw === undefined || raw === '' ? setting.default : setting.parse(raw, name)];
  });
  // Each value came from its own row's parser or default, so the keys and types line up.
  return Object.fromEntries(entries) as SettingValues;
}

function defaultSettings(): SettingValues {
  return readSettings({});
}

function configFrom(values: SettingValues): AppConfig {
  return {
    database: values.DATABASE_URL,
    databaseTuning: {
      poolSize: values.DATABASE_POOL_SIZE,
      connectTimeoutMs: values.DATABASE_CONNECT_TIMEOUT_MS,
      acquireTimeoutMs: values.DATABASE_ACQUIRE_TIMEOUT_MS,
      queryTimeoutMs: values.DATABASE_QUERY_TIMEOUT_MS,
      queueLimit: values.DATABASE_QUEUE_LIMIT,
      busyTimeoutMs: values.SQLITE_BUSY_TIMEOUT_MS,
    },
    port: values.PORT,
    host: values.HOST,
    adminToken: values.ADMIN_TOKEN,
    redisUrl: values.REDIS_URL,
    redisNamespace: values.REDIS_NAMESPACE,
    limits: {
      maxCost: values.MAX_QUERY_COST,
      maxDepth: values.MAX_QUERY_DEPTH,
      maxTokens: values.MAX_QUERY_TOKENS,
      maxVariablesDepth: values.MAX_VARIABLES_DEPTH,
      maxVariableKeys: values.MAX_VARIABLE_KEYS,
      maxVariableListItems: values.MAX_VARIABLE_LIST_ITEMS,
      maxResponseBytes: values.MAX_RESPONSE_BYTES,
      introspection: values.INTROSPECTION,
    },
    load: {
      costBudget: values.RATE_LIMIT_COST_BUDGET,
      windowSeconds: values.RATE_LIMIT_WINDOW_S,
      concurrentRequestsPerClient: values.RATE_LIMIT_CONCURRENT_REQUESTS,
      concurrentExecutions: values.MAX_CONCURRENT_EXECUTIONS,
      queuedExecutions: values.MAX_QUEUED_EXECUTIONS,
      queueTimeoutMs: values.EXECUTION_QUEUE_TIMEOUT_MS,
      statementsInFlightPerRequest: values.REQUEST_STATEMENT_CONCURRENCY,
      trustProxyHops: values.TRUST_PROXY_HOPS,
    },
    timings: {
      redisTimeoutMs: values.REDIS_TIMEOUT_MS,
      readinessTimeoutMs: values.READINESS_TIMEOUT_MS,
      shutdownDrainDelayMs: values.SHUTDOWN_DRAIN_DELAY_MS,
      shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
      databaseWaitMs: values.DATABASE_WAIT_MS,
    },
    migrateOnStart: values.MIGRATE_ON_START,
    loadBundledLetters: values.LOAD_BUNDLED_LETTERS,
    logLevel: values.LOG_LEVEL,
    compiledExecution: values.COMPILED_EXECUTION,
  };
}

const DEFAULT_CONFIG = configFrom(defaultSettings());
export const DEFAULT_DATABASE_TUNING: DatabaseTuning = DEFAULT_CONFIG.databaseTuning;
export const DEFAULT_REQUEST_LIMITS: RequestLimits = DEFAULT_CONFIG.limits;
export const DEFAULT_LOAD_LIMITS: LoadLimits = DEFAULT_CONFIG.load;
export const DEFAULT_SERVER_TIMINGS: ServerTimings = DEFAULT_CONFIG.timings;

/**
 * Reads and validates configuration. Throws with a message naming the variable on bad
 * values, so a misconfigured server fails at start-up rather than on the first request.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config = configFrom(readSettings(env));
  // A query the cost limit allows must fit in an empty budget, or it could never run.
  if (config.load.costBudget < config.limits.maxCost) {
    throw new Error(`RATE_LIMIT_COST_BUDGET (${config.load.costBudget}) must be at least MAX_QUERY_COST (${config.limits.maxCost})`);
  }
  return config;
}
