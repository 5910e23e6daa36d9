import type { DataSource, QueryRunner } from 'typeorm';
import { databaseEngine } from '../../db/database-engine';

/** Whether the database can serve, and if not, a reason safe to show anyone (no hosts, no users). */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** What a synced Galera node reports; anything else means it must not take traffic. */
const SYNCED = { wsrep_ready: 'ON', wsrep_local_state: '4', wsrep_cluster_status: 'Primary' } as const;

interface StatusRow {
  Variable_name: string;
  Value: string;
}

/**
 * A MariaDB Galera node can accept connections while it is still joining the cluster or has
 * lost its quorum: it then fails or blocks every statement. It counts as ready only when it is
 * synced (`wsrep_ready` ON, local state 4, cluster Primary). A server without Galera (`wsrep_on`
 * absent or OFF; Debian's MariaDB reports the wsrep status variables even then) is ready once
 * it answers. `wsrep_sync_wait=0` keeps the check itself from waiting for the cluster.
 */
async function galeraReadiness(runner: QueryRunner): Promise<Readiness> {
  const wsrepOn = (await runner.query("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")) as StatusRow[];
  if (wsrepOn.length === 0 || wsrepOn[0]!.Value.toUpperCase() !== 'ON') return { ready: true };
  await runner.query('SET SESSION wsrep_sync_wait = 0');
  const rows = (await runner.query(
    "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_ready', 'wsrep_local_state', 'wsrep_local_state_comment', 'wsrep_cluster_status')",
  )) as StatusRow[];
  const status = new Map(rows.map((row) => [row.Variable_name.toLowerCase(), row.Value]));
  const synced = Object.entries(SYNCED).every(([name, value]) => status.get(name) === value);
  if (synced) return { ready: true };
  const state = status.get('wsrep_local_state_comment') ?? status.get('wsrep_cluster_status') ?? 'unknown';
  return { ready: false, reason: `database node not synced (${state})` };
}

async function check(dataSource: DataSource): Promise<Readiness> {
  if (databaseEngine(dataSource) !== 'mysql') {
    await dataSource.query('SELECT 1');
    return { ready: true };
  }
  const runner = dataSource.createQueryRunner();
  try {
    return await galeraReadiness(runner);
  } finally {
    await runner.release();
  }
}

/**
 * Checks the database within `timeoutMs`, whatever the database does: a paused or partitioned
 * server is reported as not ready when the time is up, not after the statement's own timeout.
 * Checks asked for while one is running share it, so a burst of probes takes one connection.
 */
export function databaseReadiness(dataSource: DataSource, timeoutMs: number, onError: (error: unknown) => void): () => Promise<Readiness> {
  let running: Promise<Readiness> | undefined;
  return () => {
    running ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeUp = new Promise<Readiness>((resolve) => {
        timer = setTimeout(() => resolve({ ready: false, reason: `the database did not answer within ${timeoutMs} ms` }), timeoutMs);
      });
      const checked = check(dataSource).catch((error: unknown): Readiness => {
        // The reason goes to the log, not to whoever asks: it can name hosts and users.
        onError(error);
        return { ready: false, reason: 'the database does not answer' };
      });
      try {
        return await Promise.race([checked, timeUp]);
      } finally {
        clearTimeout(timer);
        running = undefined;
      }
    })();
    return running;
  };
}
