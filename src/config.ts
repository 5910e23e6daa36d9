import path from 'node:path';

/** Which database the product talks to. */
export type DatabaseConfig = { type: 'mysql'; url: string } | { type: 'sqlite'; file: string };

/** Everything the process reads from its environment, validated once at start-up. */
export interface AppConfig {
  database: DatabaseConfig;
  port: number;
  /** Bearer token that unlocks `ingestLetter`; the mutation is disabled when unset. */
  adminToken: string | null;
  /** Shared response cache; in-memory when unset. */
  redisUrl: string | null;
}

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

function optional(raw: string | undefined): string | null {
  return raw === undefined || raw.trim() === '' ? null : raw.trim();
}

/**
 * Reads and validates configuration. Throws with a message naming the variable on bad
 * values, so a misconfigured server fails at start-up rather than on the first request.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    database: parseDatabaseUrl(env.DATABASE_URL),
    port: parsePort(env.PORT),
    adminToken: optional(env.ADMIN_TOKEN),
    redisUrl: optional(env.REDIS_URL),
  };
}
