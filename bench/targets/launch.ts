import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { CLI, PROJECT_ROOT } from '../db';
import type { Operation } from '../operations';
import { PEER_DIR, PEER_NODE, PEER_SERVER } from '../peer/install';

export type TargetId = 'ours' | 'ours-cached' | 'naive' | 'hand' | 'peer';
/** The servers over the MariaDB database; the peer reads its PostgreSQL copy. */
export type MariadbTargetId = Exclude<TargetId, 'peer'>;

/** A server under test, running as a child process of the bench. */
export interface Target {
  id: TargetId;
  label: string;
  /** The MariaDB user it connects as, so its statements are counted apart; null for the peer, which reads PostgreSQL. */
  dbUser: string | null;
  url: string;
  child: ChildProcess;
  pid: number;
  /** True when "uncached" is measured by making each request miss the response cache (see ours-uncached.ts). */
  nonce: boolean;
  log: string[];
}

export const TARGET_LABELS: Record<TargetId, string> = {
  ours: 'ours (uncached)',
  'ours-cached': 'ours (response cache)',
  naive: 'naive (type-graphql + TypeORM, no DataLoader)',
  hand: 'hand-written (node:http + mysql2)',
  peer: 'peer: PostGraphile 5 (amber, grafserv on node:http, PostgreSQL 15)',
};

export const DB_USERS: Record<MariadbTargetId, string> = {
  ours: 'ofsted_bench_ours',
  'ours-cached': 'ofsted_bench_cached',
  naive: 'ofsted_bench_naive',
  hand: 'ofsted_bench_hand',
};

const BENCH_DIST = path.resolve(__dirname, '..');

function commandFor(id: TargetId, nodeOptions: string[]): string[] {
  switch (id) {
    case 'ours':
      return [...nodeOptions, path.join(BENCH_DIST, 'targets', 'ours-uncached.js')];
    case 'ours-cached':
      return [...nodeOptions, CLI, 'serve'];
    case 'naive':
      return [...nodeOptions, path.join(BENCH_DIST, 'targets', 'naive', 'server.js')];
    case 'hand':
      return [...nodeOptions, path.join(BENCH_DIST, 'targets', 'handwritten', 'server.js')];
    case 'peer':
      return [...nodeOptions, PEER_SERVER];
  }
}

async function waitForPort(url: string, child: ChildProcess, log: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      await fetch(url, { method: 'GET' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs} ms:\n${log.join('')}`);
}

/** Starts one server on `port` against `databaseUrl`; NODE_ENV=production as a deployment runs it. */
export async function startTarget(
  id: TargetId,
  port: number,
  databaseUrl: string,
  options: { nodeOptions?: string[]; nodeEnv?: string } = {},
): Promise<Target> {
  const log: string[] = [];
  const launch = (which: TargetId): ChildProcess => {
    // The peer runs on its own Node 22, from its own folder (where its node_modules are).
    const peer = which === 'peer';
    const child = spawn(peer ? PEER_NODE : process.execPath, commandFor(which, options.nodeOptions ?? []), {
      cwd: peer ? PEER_DIR : PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        NODE_ENV: options.nodeEnv ?? 'production',
        REDIS_URL: '',
        PGTZ: 'UTC',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    return child;
  };
  let child = launch(id);
  let nonce = false;
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForPort(base, child, log);
  } catch (error) {
    if (id !== 'ours' || child.exitCode !== 3) throw error;
    // This build cannot start without its cache: serve it normally and make every request miss.
    child = launch('ours-cached');
    nonce = true;
    await waitForPort(base, child, log);
  }
  return {
    id,
    label: TARGET_LABELS[id] + (nonce ? ' [cache missed per request]' : ''),
    dbUser: id === 'peer' ? null : DB_USERS[id],
    url: id === 'hand' ? base : `${base}/graphql`,
    child,
    pid: child.pid ?? -1,
    nonce,
    log,
  };
}

export async function stopTarget(target: Target): Promise<void> {
  if (target.child.exitCode !== null) return;
  const exited = new Promise((resolve) => target.child.once('exit', resolve));
  target.child.kill('SIGTERM');
  const timer = setTimeout(() => target.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

let nonceCounter = 0;

/** The HTTP request for an operation on a target: a GraphQL POST, or the hand-written route. */
export function requestFor(target: Target, operation: Operation): { url: string; body: () => string } {
  if (target.id === 'hand') {
    const body = JSON.stringify(operation.variables ?? {});
    return { url: target.url + operation.route, body: () => body };
  }
  if (target.id === 'peer') {
    if (!operation.peer) throw new Error(`the peer has no document for ${operation.id}`);
    const body = JSON.stringify({ query: operation.peer.query, variables: operation.peer.variables ?? {} });
    return { url: target.url, body: () => body };
  }
  const fixed = JSON.stringify({ query: operation.query, variables: operation.variables ?? {} });
  if (!target.nonce) return { url: target.url, body: () => fixed };
  // An undeclared variable changes the response cache key but not the execution.
  return {
    url: target.url,
    body: () => JSON.stringify({ query: operation.query, variables: { ...(operation.variables ?? {}), benchNonce: (nonceCounter += 1) } }),
  };
}

export async function send(target: Target, operation: Operation): Promise<{ status: number; text: string; ms: number }> {
  const request = requestFor(target, operation);
  const started = performance.now();
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body(),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}
