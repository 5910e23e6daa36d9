import { execFileSync } from 'node:child_process';
import { freePort, type PrivateMariaDb, startPrivateMariaDb } from '../helpers/private-mariadb';
import { ROOT, type ServeProcess, startServe } from '../helpers/serve-process';

const QUERY = '{ authorities(first: 3) { edges { node { name } } } }';

describe('serve as a real process', () => {
  let mariadb: PrivateMariaDb;
  let port: number;
  let serve: ServeProcess | undefined;

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
    mariadb = await startPrivateMariaDb();
    port = await freePort();
  }, 180_000);

  afterAll(async () => {
    if (serve && serve.child.exitCode === null) serve.child.kill('SIGKILL');
    await mariadb?.destroy();
  });

  it('waits for a database that is down at start, saying so, then serves', async () => {
    await mariadb.kill();
    serve = startServe({
      DATABASE_URL: mariadb.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_QUERY_TIMEOUT_MS: '60000',
      SHUTDOWN_DRAIN_DELAY_MS: '1000',
      SHUTDOWN_GRACE_MS: '30000',
    });
    await serve.waitFor(/Waiting for the database \(attempt 2 failed: ECONNREFUSED\)/);
    await mariadb.start();
    await serve.waitFor(/"url":"http:\/\/127\.0\.0\.1:\d+\/graphql".*"msg":"Serving GraphQL/);
    expect(serve.output()).toMatch(/The database answered after \d+ attempts/);
    // The target is named once at start (without a password); the retry lines do not repeat it.
    expect(serve.output()).toContain(`"database":"MySQL ${mariadb.url}"`);
    expect(
      serve
        .output()
        .split('\n')
        .filter((line) => line.includes('Waiting for the database'))
        .join('\n'),
    ).not.toContain(mariadb.url);
  }, 120_000);

  it('on SIGTERM says 503 on /readyz, finishes the request in flight, closes the pool and exits 0 by itself', async () => {
    const running = serve!;
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    // A paused database holds the request in flight for as long as the test wants.
    await mariadb.pause();
    const inFlight = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      running.child.kill('SIGTERM');
      await running.waitFor(/"signal":"SIGTERM".*\/readyz now says 503/);
      const readyz = await fetch(`${base}/readyz`);
      expect(readyz.status).toBe(503);
      expect(await readyz.json()).toEqual({ status: 'unavailable', reason: 'shutting down' });
    } finally {
      mariadb.resume();
    }

    const response = await inFlight;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { authorities: { edges: unknown[] } } };
    expect(body.data?.authorities.edges).toHaveLength(3);
    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(running.output()).toContain('Stopped: requests drained, database closed');
  }, 60_000);
});
