import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { MYSQL_SERVER_URL } from '../helpers/test-database';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'main.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, output piped. */
function runCli(args: string[], databaseUrl: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `serve` until it exits by itself. DATABASE_WAIT_MS is an hour: a serve that retried a
 * problem no retry can fix would never exit, and the test would time out instead of passing.
 */
function serveUntilExit(databaseUrl: string): Promise<Run> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', DATABASE_WAIT_MS: '3600000' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** The test server's URL with another user, password and database. */
function urlWith(user: string, password: string, database: string): string {
  const url = new URL(MYSQL_SERVER_URL);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

function serverUser(): { user: string; password: string } {
  const url = new URL(MYSQL_SERVER_URL);
  return { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

async function adminQuery(sql: string): Promise<void> {
  const connection = await createConnection({ uri: MYSQL_SERVER_URL });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
}, 180_000);

describe('MariaDB set-up errors say what to do', () => {
  const suffix = randomBytes(4).toString('hex');
  const missing = `og_missing_${suffix}`;
  const { user: rootUser, password: rootPassword } = serverUser();

  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS \`${missing}\``);
  });

  it('migrate on a database that does not exist says how to create it, and --create-database creates it', async () => {
    const url = urlWith(rootUser, rootPassword, missing);
    const refused = runCli(['migrate'], url);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(new RegExp(`^Database: MySQL mysql://.*@[^/]+/${missing}\\n$`));
    expect(refused.stderr).toContain(`The database "${missing}" does not exist on`);
    expect(refused.stderr).toContain('ofsted-graph migrate --create-database');
    expect(refused.stderr).toContain(`CREATE DATABASE \`${missing}\` CHARACTER SET utf8mb4`);
    expect(refused.stderr).toContain('ER_BAD_DB_ERROR');

    const created = runCli(['migrate', '--create-database'], url);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('Created the database (utf8mb4).');
    expect(created.stdout).toMatch(/Ran \d+ migration\(s\)/);

    const again = runCli(['migrate', '--create-database'], url);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('Created');
    expect(again.stdout).toContain('No pending migrations');
  });

  it('serve stops at once on a database that does not exist, saying so, without retrying', async () => {
    const result = await serveUntilExit(urlWith(rootUser, rootPassword, `${missing}_never`));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/"database":"MySQL mysql:\/\/[^"]*_never"/);
    expect(result.stdout).not.toContain('Waiting for the database');
    expect(result.stderr).toContain(`The database "${missing}_never" does not exist`);
  }, 60_000);

  describe('with a password that is wrong', () => {
    const user = `og_wrong_${suffix}`;
    const password = `right-${suffix}`;
    const wrong = `wrong-${suffix}`;

    beforeAll(async () => {
      await adminQuery(`CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'`);
      await adminQuery(`CREATE USER '${user}'@'localhost' IDENTIFIED BY '${password}'`);
    });
    afterAll(async () => {
      await adminQuery(`DROP USER IF EXISTS '${user}'@'%'`);
      await adminQuery(`DROP USER IF EXISTS '${user}'@'localhost'`);
    });

    it('serve stops at once with "access denied" and what to check, never showing the password', async () => {
      const result = await serveUntilExit(urlWith(user, wrong, 'test'));
      expect(result.status).toBe(1);
      expect(result.stdout).not.toContain('Waiting for the database');
      expect(result.stderr).toContain(`Access denied for user "${user}"`);
      expect(result.stderr).toContain('Check DATABASE_URL');
      expect(result.stdout).toContain(`mysql://${user}:***@`);
      expect(result.stdout + result.stderr).not.toContain(wrong);
    }, 60_000);

    it('ingest and migrate print their target first, then the same advice', () => {
      for (const command of [['ingest', path.join(ROOT, 'letters')], ['migrate']]) {
        const result = runCli(command, urlWith(user, wrong, 'test'));
        expect({ command, status: result.status }).toEqual({ command, status: 1 });
        expect(result.stdout.split('\n')[0]).toBe(`Database: MySQL ${urlWith(user, '***', 'test')}`);
        expect(result.stderr).toContain(`Access denied for user "${user}"`);
        expect(result.stdout + result.stderr).not.toContain(wrong);
      }
    });

    it('a user without the privilege to use the database is told which GRANT it needs', () => {
      const result = runCli(['migrate'], urlWith(user, password, `${missing}_other`));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`User "${user}" may not use the database "${missing}_other"|The database "${missing}_other" does not exist`),
      );
    });
  });
});
