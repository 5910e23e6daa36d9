import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { requestPicker, type SoakRequest, soakRequests } from './soak-requests';

/**
 * `npm run soak`: a real `serve` process under a few minutes of mixed load, a fifth of it
 * abusive (issue 10's items 1, 2, 4 and 5), with the Redis cache paused for a while in the
 * middle (item 3): valid requests must all be answered, abusive ones all refused with their
 * code, and the server's memory must stay bounded. Writes soak/results/latest.md and .json.
 */

const ROOT = path.resolve(__dirname, '../..');
const MINUTES = Number(process.env.SOAK_MINUTES ?? 2);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 8);
const ABUSIVE_SHARE = 0.2;
const RSS_LIMIT_MB = 400;
/** The Redis pause starts at this fraction of the run and lasts `REDIS_PAUSE_MS`. */
const REDIS_PAUSE_AT = 0.4;
const REDIS_PAUSE_MS = 15_000;

interface Tally {
  sent: number;
  ok: number;
  failures: Record<string, number>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

async function judge(request: SoakRequest, response: Response): Promise<string | null> {
  const text = await response.text();
  let parsed: { errors?: Array<{ extensions?: { code?: string } }> } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return `HTTP ${response.status}, not JSON`;
  }
  const code = parsed.errors?.[0]?.extensions?.code;
  if (request.kind === 'valid')
    return response.status === 200 && parsed.errors === undefined ? null : `HTTP ${response.status} ${code ?? ''}`;
  const refused = response.status >= 400 && response.status < 500 && code === request.expectedCode;
  return refused ? null : `HTTP ${response.status} ${code ?? ''} (expected ${request.expectedCode})`;
}

function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'og-soak-'));
  const [port, redisPort] = [await freePort(), await freePort()];
  const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const server = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: process.env.SOAK_DATABASE_URL ?? `sqlite://${path.join(dir, 'soak.sqlite')}`,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      SHUTDOWN_DRAIN_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopAll = (): void => {
    if (server.exitCode === null) server.kill('SIGKILL');
    if (redis.pid !== undefined && redis.exitCode === null) {
      redis.kill('SIGCONT');
      redis.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForOutput(server, /ofsted-graph serving/, 180_000);
    const url = `http://127.0.0.1:${port}/graphql`;
    const requests = soakRequests();
    const pick = requestPicker(requests, ABUSIVE_SHARE);
    const tallies = new Map<string, Tally>(requests.map((request) => [request.name, { sent: 0, ok: 0, failures: {} }]));
    const latencies: number[] = [];
    const rss = { start: rssMb(server.pid!), peak: 0, end: 0 };
    rss.peak = rss.start;
    const sampler = setInterval(() => (rss.peak = Math.max(rss.peak, rssMb(server.pid!))), 250);
    const started = Date.now();
    const deadline = started + MINUTES * 60_000;
    let redisPause: { from: number; to: number } | undefined;
    const pauser = setTimeout(
      () => {
        redis.kill('SIGSTOP');
        const from = Date.now() - started;
        setTimeout(() => {
          redis.kill('SIGCONT');
          redisPause = { from, to: Date.now() - started };
        }, REDIS_PAUSE_MS);
      },
      MINUTES * 60_000 * REDIS_PAUSE_AT,
    );

    const worker = async (): Promise<void> => {
      while (Date.now() < deadline) {
        const request = pick();
        const tally = tallies.get(request.name)!;
        tally.sent += 1;
        const begun = performance.now();
        let failure: string | null;
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
          failure = await judge(request, response);
        } catch (error) {
          failure = `no answer: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (request.kind === 'valid') latencies.push(performance.now() - begun);
        if (failure === null) tally.ok += 1;
        else tally.failures[failure] = (tally.failures[failure] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    clearTimeout(pauser);
    clearInterval(sampler);
    rss.end = rssMb(server.pid!);

    const byKind = (kind: 'valid' | 'abusive') => {
      const rows = requests.filter((request) => request.kind === kind).map((request) => tallies.get(request.name)!);
      const sent = rows.reduce((sum, row) => sum + row.sent, 0);
      const ok = rows.reduce((sum, row) => sum + row.ok, 0);
      return { sent, ok, failed: sent - ok };
    };
    latencies.sort((a, b) => a - b);
    const valid = byKind('valid');
    const abusive = byKind('abusive');
    const report = {
      date: new Date().toISOString(),
      minutes: MINUTES,
      connections: CONNECTIONS,
      abusiveShare: ABUSIVE_SHARE,
      database: process.env.SOAK_DATABASE_URL ? 'SOAK_DATABASE_URL' : 'SQLite file',
      redisPausedMs: redisPause,
      valid: {
        sent: valid.sent,
        answered: valid.ok,
        errors: valid.failed,
        p50Ms: percentile(latencies, 0.5),
        p99Ms: percentile(latencies, 0.99),
      },
      abusive: { sent: abusive.sent, refused: abusive.ok, notRefused: abusive.failed },
      rssMb: rss,
      passed: valid.failed === 0 && abusive.failed === 0 && rss.peak < RSS_LIMIT_MB,
      requests: Object.fromEntries(tallies),
    };
    mkdirSync(path.join(ROOT, 'soak', 'results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'soak', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(ROOT, 'soak', 'results', 'latest.md'), markdown(report, requests, tallies));
    console.log(markdown(report, requests, tallies));
    if (!report.passed) process.exitCode = 1;
  } finally {
    stopAll();
  }
}

function markdown(
  report: {
    date: string;
    minutes: number;
    connections: number;
    redisPausedMs?: { from: number; to: number };
    valid: { sent: number; answered: number; errors: number; p50Ms: number; p99Ms: number };
    abusive: { sent: number; refused: number; notRefused: number };
    rssMb: { start: number; peak: number; end: number };
    passed: boolean;
  },
  requests: SoakRequest[],
  tallies: Map<string, Tally>,
): string {
  const lines = [
    `# Soak: ${report.passed ? 'passed' : 'FAILED'}`,
    '',
    `${report.date}: ${report.minutes} min, ${report.connections} connections, 20% abusive; one \`serve\` process (SQLite, Redis cache);` +
      ` Redis paused (SIGSTOP) from ${Math.round((report.redisPausedMs?.from ?? 0) / 1000)} s to ${Math.round((report.redisPausedMs?.to ?? 0) / 1000)} s.`,
    '',
    '| measure | value | required |',
    '| --- | --- | --- |',
    `| valid requests answered | ${report.valid.answered} of ${report.valid.sent} | all |`,
    `| valid requests with an error | ${report.valid.errors} | 0 |`,
    `| valid latency p50 / p99 | ${report.valid.p50Ms} ms / ${report.valid.p99Ms} ms | - |`,
    `| abusive requests refused with their code | ${report.abusive.refused} of ${report.abusive.sent} | all |`,
    `| server RSS start / peak / end | ${report.rssMb.start} / ${report.rssMb.peak} / ${report.rssMb.end} MB | peak < ${RSS_LIMIT_MB} MB |`,
    '',
    '| request | kind | sent | as required | other outcomes |',
    '| --- | --- | --- | --- | --- |',
    ...requests.map((request) => {
      const tally = tallies.get(request.name)!;
      const others = Object.entries(tally.failures)
        .map(([outcome, count]) => `${outcome}: ${count}`)
        .join('; ');
      return `| ${request.name} | ${request.kind} | ${tally.sent} | ${tally.ok} | ${others || '-'} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
