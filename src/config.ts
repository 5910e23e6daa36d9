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
   * Introspection, `_service { sdl }` and "did you mean" suggestions (`INTROSPECTION`). On by
   * default because analysts explore the API in GraphiQL; a deployment that publishes its
   * schema another way turns all three off together.
   */
  introspection: boolean;
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
  /** Interface to listen on (`HOST`); every interface by default, as a container needs. */
  host: string;
  /** Bearer token that unlocks `ingestLetter`; the mutation is disabled when unset. */
  adminToken: string | null;
  /** Shared response cache; in-memory when unset. */
  redisUrl: string | null;
  limits: RequestLimits;
  timings: ServerTimings;
  /** `serve` runs migrations first (`MIGRATE_ON_START`); off where migrating is a deploy step. */
  migrateOnStart: boolean;
  /** `serve` loads the bundled letters into an empty database (`LOAD_BUNDLED_LETTERS`). */
  loadBundledLetters: boolean;
}

export const DEFAULT_DATABASE_TUNING: DatabaseTuning = {
  poolSize: 10,
  connectTimeoutMs: 3_000,
  acquireTimeoutMs: 3_000,
  queryTimeoutMs: 10_000,
  queueLimit: 500,
  busyTimeoutMs: 10_000,
};

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxCost: 300_000,
  maxDepth: 12,
  maxTokens: 5_000,
  maxVariablesDepth: 32,
  maxVariableKeys: 50_000,
  maxVariableListItems: 20_000,
  introspection: true,
};

export const DEFAULT_SERVER_TIMINGS: ServerTimings = {
  redisTimeoutMs: 250,
  readinessTimeoutMs: 500,
  shutdownDrainDelayMs: 2_000,
  shutdownGraceMs: 10_000,
  databaseWaitMs: 60_000,
};

/** Where the embedded database lives when `DATABASE_URL` is unset. */
export const DEFAULT_SQLITE_FILE = path.resolve(process.cwd(), 'data', 'ofsted-graph.sqlite');

function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  if (raw === undefined || raw.trim() === '') return { type: 'sqlite', file: DEFAULT_SQLITE_FILE };
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

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer 0-65535, got "${raw}"`);
  return port;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum = 1): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < minimum) throw new Error(`${name} must be an integer of at least ${minimum}, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

function optional(raw: string | undefined): string | null {
  return raw === undefined || raw.trim() === '' ? null : raw.trim();
}

/**
 * Reads and validates configuration. Throws with a message naming the variable on bad
 * values, so a misconfigured server fails at start-up rather than on the first request.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const tuning = DEFAULT_DATABASE_TUNING;
  const limits = DEFAULT_REQUEST_LIMITS;
  const timings = DEFAULT_SERVER_TIMINGS;
  return {
    database: parseDatabaseUrl(env.DATABASE_URL),
    databaseTuning: {
      poolSize: positiveInteger(env, 'DATABASE_POOL_SIZE', tuning.poolSize),
      connectTimeoutMs: positiveInteger(env, 'DATABASE_CONNECT_TIMEOUT_MS', tuning.connectTimeoutMs),
      acquireTimeoutMs: positiveInteger(env, 'DATABASE_ACQUIRE_TIMEOUT_MS', tuning.acquireTimeoutMs),
      queryTimeoutMs: positiveInteger(env, 'DATABASE_QUERY_TIMEOUT_MS', tuning.queryTimeoutMs),
      queueLimit: positiveInteger(env, 'DATABASE_QUEUE_LIMIT', tuning.queueLimit),
      busyTimeoutMs: positiveInteger(env, 'SQLITE_BUSY_TIMEOUT_MS', tuning.busyTimeoutMs),
    },
    port: parsePort(env.PORT),
    host: optional(env.HOST) ?? '0.0.0.0',
    adminToken: optional(env.ADMIN_TOKEN),
    redisUrl: optional(env.REDIS_URL),
    limits: {
      maxCost: positiveInteger(env, 'MAX_QUERY_COST', limits.maxCost),
      maxDepth: positiveInteger(env, 'MAX_QUERY_DEPTH', limits.maxDepth),
      maxTokens: positiveInteger(env, 'MAX_QUERY_TOKENS', limits.maxTokens),
      maxVariablesDepth: positiveInteger(env, 'MAX_VARIABLES_DEPTH', limits.maxVariablesDepth),
      maxVariableKeys: positiveInteger(env, 'MAX_VARIABLE_KEYS', limits.maxVariableKeys),
      maxVariableListItems: positiveInteger(env, 'MAX_VARIABLE_LIST_ITEMS', limits.maxVariableListItems),
      introspection: flag(env, 'INTROSPECTION', limits.introspection),
    },
    timings: {
      redisTimeoutMs: positiveInteger(env, 'REDIS_TIMEOUT_MS', timings.redisTimeoutMs),
      readinessTimeoutMs: positiveInteger(env, 'READINESS_TIMEOUT_MS', timings.readinessTimeoutMs),
      shutdownDrainDelayMs: positiveInteger(env, 'SHUTDOWN_DRAIN_DELAY_MS', timings.shutdownDrainDelayMs, 0),
      shutdownGraceMs: positiveInteger(env, 'SHUTDOWN_GRACE_MS', timings.shutdownGraceMs, 0),
      databaseWaitMs: positiveInteger(env, 'DATABASE_WAIT_MS', timings.databaseWaitMs, 0),
    },
    migrateOnStart: flag(env, 'MIGRATE_ON_START', true),
    loadBundledLetters: flag(env, 'LOAD_BUNDLED_LETTERS', true),
  };
}
