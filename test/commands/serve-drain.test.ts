import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, type PrivateMariaDb, startPrivateMariaDb } from '../helpers/private-mariadb';
import { ROOT, type ServeProcess, startServe } from '../helpers/serve-process';

/** Each request asks a different question, so no cache can answer one for another. */
const query = (n: number): string => `{ authorities(first: ${n}) { edges { node { name } } } }`;

async function post(base: string, n: number): Promise<{ status: number; edges: number }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query(n) }),
  });
  const body = (await response.json()) as { data?: { authorities: { edges: unknown[] } } };
  return { status: response.status, edges: body.data?.authorities.edges.length ?? -1 };
}

/** The error code a refused fetch carries (ECONNREFUSED), or the status when it was answered. */
async function connectOutcome(url: string): Promise<string> {
  try {
    return String((await fetch(url)).status);
  } catch (error) {
    return ((error as { cause?: { code?: string } }).cause?.code ?? 'unknown') as string;
  }
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// NODE_ENV=production: Apollo's own signal handler is on there unless turned off, and jest's
// NODE_ENV=test would hide it.
const PRODUCTION = { NODE_ENV: 'production', HOST: '127.0.0.1', LOG_LEVEL: 'info' };

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

describe('SIGTERM with requests in flight (MariaDB held still)', () => {
  let mariadb: PrivateMariaDb;
  let serve: ServeProcess | undefined;

  beforeAll(async () => {
    mariadb = await startPrivateMariaDb();
  }, 120_000);

  afterEach(() => {
    mariadb.resume();
    if (serve && serve.child.exitCode === null) serve.child.kill('SIGKILL');
  });

  afterAll(async () => {
    await mariadb?.destroy();
  });

  async function serveOn(env: Record<string, string>): Promise<string> {
    const port = await freePort();
    serve = startServe({ ...PRODUCTION, DATABASE_URL: mariadb.url, PORT: String(port), DATABASE_QUERY_TIMEOUT_MS: '60000', ...env });
    await serve.waitFor(/"msg":"Serving GraphQL/);
    return `http://127.0.0.1:${port}`;
  }

  it('answers every request in flight and every request sent while draining, refuses new connections after, and exits 0', async () => {
    const base = await serveOn({ SHUTDOWN_DRAIN_DELAY_MS: '1500', SHUTDOWN_GRACE_MS: '30000' });
    const running = serve!;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    await mariadb.pause();
    const inFlight = [1, 2, 3, 4, 5, 6].map((n) => post(base, n));
    await sleep(300);
    running.child.kill('SIGTERM');
    await running.waitFor(/\/readyz now says 503/);

    // Still accepting during the drain delay, so nothing a load balancer sent late is refused.
    const readyz = await fetch(`${base}/readyz`);
    expect(readyz.status).toBe(503);
    expect(readyz.headers.get('connection')).toBe('close');
    const sentWhileDraining = [7, 8].map((n) => post(base, n));

    await running.waitFor(/Refusing new connections/);
    await sleep(200);
    expect(await connectOutcome(`${base}/healthz`)).toBe('ECONNREFUSED');
    expect(running.child.exitCode).toBeNull();

    mariadb.resume();
    const answers = await Promise.all([...inFlight, ...sentWhileDraining]);
    expect(answers).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ status: 200, edges: n })));
    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(running.output()).toMatch(/"abandoned":0,"msg":"Stopped: requests drained, database closed"/);
  }, 90_000);

  it('cuts a request that outlives the grace period and still exits 0 on its own', async () => {
    const base = await serveOn({ SHUTDOWN_DRAIN_DELAY_MS: '200', SHUTDOWN_GRACE_MS: '1000' });
    const running = serve!;
    await mariadb.pause();
    const stuck = post(base, 3).then(
      () => 'answered',
      () => 'cut',
    );
    await sleep(300);
    const signalled = Date.now();
    running.child.kill('SIGTERM');
    const exit = await running.exited;
    if (exit.code !== 0) console.log(running.output());
    expect(exit).toEqual({ code: 0, signal: null });
    // Drain delay + grace + closing a pool whose server does not answer, well inside the 5 s hard limit.
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(await stuck).toBe('cut');
    expect(running.output()).toMatch(/"abandoned":1,"msg":"Stopped: requests drained, database closed"/);
  }, 60_000);
});

describe('npm start', () => {
  let directory: string;
  let serve: ServeProcess | undefined;

  beforeAll(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'ofsted-npm-start-'));
  });

  afterAll(() => {
    if (serve && serve.child.exitCode === null) serve.child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it('drains and stops the server when the npm process gets SIGTERM, leaving no server behind', async () => {
    const port = await freePort();
    serve = startServe(
      {
        ...PRODUCTION,
        DATABASE_URL: `sqlite://${path.join(directory, 'npm-start.sqlite')}`,
        PORT: String(port),
        SHUTDOWN_DRAIN_DELAY_MS: '300',
      },
      ['npm', 'start'],
    );
    const [, pid] = await serve.waitFor(/"pid":(\d+).*"msg":"Serving GraphQL/);
    const serverPid = Number(pid);
    expect(serverPid).not.toBe(serve.child.pid);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    serve.child.kill('SIGTERM');
    await serve.exited;
    expect(serve.output()).toMatch(/"signal":"SIGTERM".*\/readyz now says 503/);
    expect(serve.output()).toContain('Stopped: requests drained, database closed');
    expect(await connectOutcome(`http://127.0.0.1:${port}/healthz`)).toBe('ECONNREFUSED');
    for (let waited = 0; waited < 2_000 && isRunning(serverPid); waited += 100) await sleep(100);
    expect(isRunning(serverPid)).toBe(false);
  }, 90_000);
});
