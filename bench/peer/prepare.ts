import type { ServerUrl } from '../db';
import { adminConnection } from '../db';
import { preparePeerInstall } from './install';
import { copyToPostgres, type PostgresServer, postgresUrl, psql } from './postgres-copy';

/** The peer ready for a scale (its database URL), or why the bench goes on without it. */
export type PeerSetup = { ready: true; databaseUrl: string; copySeconds: number } | { ready: false; reason: string };

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 400);
}

/**
 * Everything the peer needs before it can start at one scale: its packages and Node 22, a
 * reachable PostgreSQL, and the scale's rows copied there. Any of them missing is a reason to
 * skip the peer, never to fail the run.
 */
export async function preparePeer(
  mariadb: ServerUrl,
  postgres: PostgresServer,
  database: string,
  log: (line: string) => void,
): Promise<PeerSetup> {
  const install = await preparePeerInstall(log);
  if (!install.ready) return install;
  try {
    await psql(postgres, 'postgres', ['-c', 'SELECT 1']);
  } catch (error) {
    return { ready: false, reason: `PostgreSQL is not reachable at ${postgres.base} through psql: ${message(error)}` };
  }
  const source = await adminConnection(mariadb, database);
  try {
    const copySeconds = await copyToPostgres(postgres, database, source, log);
    return { ready: true, databaseUrl: postgresUrl(postgres, database), copySeconds };
  } catch (error) {
    return { ready: false, reason: `copying ${database} into PostgreSQL failed: ${message(error)}` };
  } finally {
    await source.end();
  }
}
