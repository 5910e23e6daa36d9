import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';

const run = promisify(execFile);

/**
 * A MariaDB server of one test's own, on a free port and a temporary data directory, for tests
 * that pause, kill or restart the database: doing that to the shared server on 3306 would break
 * every other test running on the machine.
 */
export interface PrivateMariaDb {
  /** `mysql://root@127.0.0.1:<port>/<database>`, for `DATABASE_URL`. */
  url: string;
  port: number;
  /**
   * Freezes the server (SIGSTOP): connections stay open and nothing answers, as on a hung host.
   * Resolves once every thread of the server is stopped: the signal is delivered asynchronously,
   * and a statement sent in between could otherwise still be answered.
   */
  pause(): Promise<void>;
  /** Lets a paused server run again (SIGCONT). */
  resume(): void;
  /** Kills the server at once (SIGKILL), as a crash would; `start()` brings it back on the same data. */
  kill(): Promise<void>;
  /** Starts the server again after `kill()`. */
  start(): Promise<void>;
  /** Stops the server and deletes its data directory. */
  destroy(): Promise<void>;
}

/** A TCP port nobody listens on now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 1_000 });
      await connection.end();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Creates a data directory with `mariadb-install-db` and starts `mariadbd` on it, without the
 * machine's option files (`--no-defaults`) and without privilege checks (root, no password).
 * The tests run as root, which `mariadbd` refuses unless told `--user=root`.
 */
export async function startPrivateMariaDb(database = 'test'): Promise<PrivateMariaDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'og-mariadb-'));
  const dataDir = path.join(dir, 'data');
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    const server = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--socket=${path.join(dir, 'mariadb.sock')}`,
        `--pid-file=${path.join(dir, 'mariadb.pid')}`,
        `--log-error=${path.join(dir, 'error.log')}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        '--user=root',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: 'ignore' },
    );
    child = server;
    await waitForServer(port, 30_000);
  };

  const stopChild = async (signal: NodeJS.Signals): Promise<void> => {
    const server = child;
    child = undefined;
    if (server === undefined || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill('SIGCONT');
    server.kill(signal);
    await exited;
  };

  await start();
  const admin = await createConnection({ host: '127.0.0.1', port, user: 'root' });
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();

  const signal = (name: NodeJS.Signals): void => {
    if (child?.pid === undefined) throw new Error('The private MariaDB is not running');
    process.kill(child.pid, name);
  };
  return {
    url: `mysql://root@127.0.0.1:${port}/${database}`,
    port,
    async pause() {
      signal('SIGSTOP');
      const pid = child?.pid;
      for (let attempt = 0; attempt < 500 && pid !== undefined && !allThreadsStopped(pid); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    },
    resume: () => signal('SIGCONT'),
    kill: () => stopChild('SIGKILL'),
    start,
    async destroy() {
      await stopChild('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** True when every thread of a process is stopped (state T in /proc/<pid>/task/<tid>/stat). */
function allThreadsStopped(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).every((tid) => {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).startsWith('T');
    });
  } catch {
    return false;
  }
}
