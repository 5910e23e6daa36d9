import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { adminConnection, CLI, createMigratedDatabase, databaseUrl, PROJECT_ROOT, type ServerUrl } from '../db';
import { templateSources } from '../generate/templates';
import { counters, createBenchUser, difference, type DbCounters } from './db-stats';

const run = promisify(execFile);
const INGEST_DATABASE = 'ofsted_bench_ingest';
export const INGEST_USER = 'ofsted_bench_ingest';

export interface IngestResult {
  letters: number;
  seconds: number;
  startupSeconds: number;
  lettersPerSecond: number;
  lettersPerSecondExcludingStartup: number;
  outcomes: Record<string, number>;
  db: DbCounters;
}

interface ParsedTemplate {
  file: string;
  kind?: string;
  year?: number;
  authority?: { name: string; nameAsWritten: string };
}

function listLetterFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'expected' ? [] : listLetterFiles(full);
    return /\.(txt|html?|md)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Writes `count` distinct letters to a folder: the real letters and the parser's variant
 * fixtures, each addressed to other authorities of 2009 (and, for APA letters, moved to other
 * years 2005-2008). 154 authorities x 5 years hold fewer than 1,000 assessments, so a share of
 * the letters replace an earlier one for the same authority, kind and year, as a corrected
 * letter would.
 */
async function writeLetters(server: ServerUrl, folder: string, count: number): Promise<void> {
  const files = templateSources().flatMap(listLetterFiles);
  const { stdout } = await run(process.execPath, [CLI, 'parse', ...files], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string }) => ({ stdout: error.stdout }),
  );
  const parsed = (JSON.parse(stdout) as ParsedTemplate[]).filter((letter) => letter.authority !== undefined);
  const db = await adminConnection(server, INGEST_DATABASE);
  const [authorities] = (await db.query(
    'SELECT name FROM authority WHERE abolished_on IS NULL AND established_on IS NULL ORDER BY id',
  )) as unknown as [Array<{ name: string }>];
  await db.end();
  mkdirSync(folder, { recursive: true });
  const seen = new Set<string>();
  let written = 0;
  for (let attempt = 0; written < count && attempt < count * 10; attempt += 1) {
    const template = parsed[attempt % parsed.length];
    const authority = authorities[(attempt * 37 + Math.floor(attempt / parsed.length)) % authorities.length];
    let text = readFileSync(template.file, 'utf8');
    for (const name of new Set([template.authority!.nameAsWritten, template.authority!.name])) text = text.split(name).join(authority.name);
    if (template.kind === 'ANNUAL_PERFORMANCE_ASSESSMENT' && template.year !== undefined) {
      text = text.split(String(template.year)).join(String(2005 + (attempt % 4)));
    }
    const sha = createHash('sha256').update(text).digest('hex');
    if (seen.has(sha)) continue;
    seen.add(sha);
    writeFileSync(path.join(folder, `${String(written).padStart(4, '0')}${path.extname(template.file)}`), text);
    written += 1;
  }
}

function countOutcomes(output: string): Record<string, number> {
  const outcomes: Record<string, number> = {};
  for (const match of output.matchAll(/^\[\d+\/\d+\] .*?: (\w+)/gm)) outcomes[match[1]] = (outcomes[match[1]] ?? 0) + 1;
  return outcomes;
}

/** Ingest throughput: `ofsted-graph ingest FOLDER` of `count` letters into a freshly migrated MariaDB database. */
export async function measureIngest(server: ServerUrl, count: number, log: (line: string) => void): Promise<IngestResult> {
  await createMigratedDatabase(server, INGEST_DATABASE);
  const folder = path.join(os.tmpdir(), `ofsted-bench-letters-${process.pid}`);
  rmSync(folder, { recursive: true, force: true });
  await writeLetters(server, folder, count);
  const admin = await adminConnection(server);
  await createBenchUser(admin, INGEST_USER);
  const url = databaseUrl(server, INGEST_DATABASE, INGEST_USER);
  const env = { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' };
  const before = await counters(admin, INGEST_USER);
  const started = performance.now();
  const { stdout } = await run(process.execPath, [CLI, 'ingest', folder], { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string }) => ({ stdout: error.stdout }),
  );
  const seconds = (performance.now() - started) / 1000;
  const db = difference(await counters(admin, INGEST_USER), before);
  // Start-up and shutdown alone: the same command on one letter that is already stored.
  const first = readdirSync(folder).sort()[0];
  const startupStarted = performance.now();
  await run(process.execPath, [CLI, 'ingest', path.join(folder, first)], { cwd: PROJECT_ROOT, env }).catch(() => undefined);
  const startupSeconds = (performance.now() - startupStarted) / 1000;
  await admin.end();
  rmSync(folder, { recursive: true, force: true });
  const outcomes = countOutcomes(stdout);
  log(`  ingest: ${count} letters in ${seconds.toFixed(1)} s (${JSON.stringify(outcomes)}), start-up ${startupSeconds.toFixed(1)} s`);
  return {
    letters: count,
    seconds,
    startupSeconds,
    lettersPerSecond: count / seconds,
    lettersPerSecondExcludingStartup: count / Math.max(0.001, seconds - startupSeconds),
    outcomes,
    db,
  };
}
