import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../../src/db/data-source';
import { Assessment } from '../../src/entities/index';
import { authoritiesOf2009, syntheticRatingLetter } from '../helpers/synthetic-letters';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'main.js');
const LETTERS = 60;

interface Run {
  status: number | null;
  stdout: string;
}

/** Runs the built CLI as a separate process, without waiting for it. */
function startCli(args: string[], url: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (status) => resolve({ status, stdout }));
  });
}

describe('two ingest processes writing one SQLite file at once', () => {
  let dir: string;

  beforeAll(() => {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
    dir = mkdtempSync(path.join(os.tmpdir(), 'og-two-ingests-'));
    const authorities = authoritiesOf2009().slice(0, LETTERS);
    // The same letters in both folders, in opposite orders: the two runs meet in the middle
    // and race for the same letters there, as well as writing different ones at once.
    for (const folder of ['forwards', 'backwards']) mkdirSync(path.join(dir, folder));
    authorities.forEach((authority, index) => {
      const text = syntheticRatingLetter(authority);
      writeFileSync(path.join(dir, 'forwards', `${String(index).padStart(3, '0')}.txt`), text);
      writeFileSync(path.join(dir, 'backwards', `${String(LETTERS - index).padStart(3, '0')}.txt`), text);
    });
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('queue for the write lock: neither fails a letter and every letter is stored once', async () => {
    const file = path.join(dir, 'shared.sqlite');
    const url = `sqlite://${file}`;
    expect((await startCli(['migrate'], url)).status).toBe(0);

    const [forwards, backwards] = await Promise.all([
      startCli(['ingest', path.join(dir, 'forwards')], url),
      startCli(['ingest', path.join(dir, 'backwards')], url),
    ]);

    for (const run of [forwards, backwards]) {
      expect(run.stdout).toMatch(new RegExp(`${LETTERS} files: \\d+ ingested, 0 replaced, \\d+ unchanged, 0 conflicted, 0 failed`));
      expect(run.status).toBe(0);
    }
    const dataSource = createDataSource({ type: 'sqlite', file });
    await dataSource.initialize();
    try {
      expect(await dataSource.getRepository(Assessment).count()).toBe(LETTERS);
    } finally {
      await dataSource.destroy();
    }
  }, 180_000);
});
