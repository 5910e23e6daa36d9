import type { DataSource } from 'typeorm';
import { ACQUIRE_TIMEOUT_CODE } from './database-errors';

type Callback<T> = (error: Error | null, value?: T) => void;

/** The parts of a mysql2 pooled connection the guards use. */
interface GuardedConnection {
  query(options: unknown, values: unknown, callback: Callback<unknown>): unknown;
  destroy(): void;
  release(): void;
}

/** The parts of a mysql2 callback pool the guards use. */
interface CallbackPool {
  getConnection(callback: Callback<GuardedConnection>): void;
  on(event: 'connection', listener: (connection: GuardedConnection) => void): void;
}

const GUARDED = Symbol('ofsted-graph.guarded-connection');

/**
 * A connection whose statement timed out still has that statement in its protocol queue:
 * returned to the pool, the next statement would wait behind it for as long as the server is
 * silent, with no timer of its own. Destroying it instead makes the pool open a fresh one.
 */
function destroyOnTimeout(connection: GuardedConnection & { [GUARDED]?: true }): void {
  if (connection[GUARDED]) return;
  connection[GUARDED] = true;
  const query = connection.query.bind(connection);
  connection.query = (options, values, callback) =>
    query(options, values, (error, ...rest) => {
      if ((error as { code?: unknown } | null)?.code === 'PROTOCOL_SEQUENCE_TIMEOUT') connection.destroy();
      (callback as (error: Error | null, ...rest: unknown[]) => void)(error, ...rest);
    });
}

function acquireTimeoutError(timeoutMs: number): Error {
  return Object.assign(new Error(`No database connection became free within ${timeoutMs} ms`), { code: ACQUIRE_TIMEOUT_CODE });
}

/**
 * Bounds the two waits mysql2's pool leaves unbounded. mysql2 has no acquire timeout: when
 * every connection is stuck on a silent server, a request queues until one frees, which may
 * be never; here it fails after `acquireTimeoutMs` (the connection, if it ever comes, goes
 * straight back). And a connection whose statement timed out is destroyed rather than reused.
 * The pool is TypeORM's own, reached after `initialize()`; nothing here holds a connection.
 */
export function guardMysqlPool(dataSource: DataSource, acquireTimeoutMs: number): void {
  const pool = (dataSource.driver as unknown as { pool?: CallbackPool }).pool;
  if (pool === undefined) return;
  pool.on('connection', destroyOnTimeout);
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (callback) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      callback(acquireTimeoutError(acquireTimeoutMs));
    }, acquireTimeoutMs);
    getConnection((error, connection) => {
      clearTimeout(timer);
      if (!timedOut) {
        if (connection) destroyOnTimeout(connection);
        callback(error, connection);
      } else {
        connection?.release();
      }
    });
  };
}
