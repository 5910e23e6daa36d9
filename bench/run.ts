import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adminConnection, databaseUrl, PROJECT_ROOT, type ServerUrl } from './db';
import { databaseFor, expectedAssessments, generateScale, type GenerationReport, parseScale, scaleIsGenerated } from './generate/generate';
import { loadTemplates } from './generate/templates';
import { counters, createBenchUser, difference, dropBenchUser, enableUserStatistics, settledCounters } from './measure/db-stats';
import { INGEST_USER, type IngestResult, measureIngest } from './measure/ingest';
import { load, type RunLength } from './measure/load';
import { peakRssMiB, resetPeakRss } from './measure/process-stats';
import { type ProfileSummary, summariseProfile } from './measure/profile';
import { entityRepresentations, type Operation, operations } from './operations';
import { type Json, type JsonObject, withoutOpaqueKeys } from './peer/documents';
import { preparePeer } from './peer/prepare';
import type { PostgresServer } from './peer/postgres-copy';
import { describeMachine } from './report/machine';
import { median } from './report/median';
import { type OperationResult, renderMarkdown, type Report, type ScaleResult, summariseRounds, type TargetResult } from './report/render';
import { DB_USERS, type MariadbTargetId, send, startTarget, stopTarget, type Target, type TargetId } from './targets/launch';

const HELP = `npm run bench -- [options]

  --scales x1,x10,x100   scales to generate and measure (default x1,x10,x100)
  --duration SECONDS     length of one measured autocannon run (default 5)
  --rounds N             interleaved rounds per operation and server (default 2)
  --warmup SECONDS       unmeasured run per operation and server before the rounds (default 2)
  --connections N        autocannon connections (default 8)
  --ingest-letters N     letters for the ingest run, 0 to skip (default 1000)
  --profile              also run our server under Q1 load with node --cpu-prof (first scale)
  --reuse-data           keep a scale's database when it already holds that scale's rows
  --operations q1,q2     only these operations (q1, q2, rating, search, entities; default all)
  --smoke                x1 only (reused when present), one round of 4 requests per server and
                         operation, no warm-up, no ingest: checks that every path runs, in seconds
  --out DIR              where the report goes (default bench/results)
  --mysql-url URL        MariaDB server (default $BENCH_MYSQL_URL or mysql://root@127.0.0.1:3306)
  --pg-url URL           PostgreSQL server for the peer, PostGraphile 5 (default $BENCH_PG_URL or
                         postgres://root@127.0.0.1:5432); Q1 and Q2 only; skipped with the reason
                         printed when PostgreSQL, psql or the peer's npm packages are unavailable
  --no-peer              leave the peer out
  --seed N               data generator seed (default 20091209)
  --render FILE          only rewrite results.md beside FILE from that results.json`;

const TARGET_IDS: MariadbTargetId[] = ['ours', 'ours-cached', 'naive', 'hand'];
/** The peer listens beside the others, after the profiled server's port. */
const PEER_PORT_OFFSET = 11;
const BASE_PORT = 4870;
/** Requests per server and operation in a smoke run: enough to see every path work, not to measure. */
const SMOKE_REQUESTS = 4;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Parses and re-serialises, so that two answers compare by content and key order, not whitespace. */
function canonical(text: string): string {
  return JSON.stringify(JSON.parse(text));
}

async function representationsFor(server: ServerUrl, database: string): Promise<Array<Record<string, string>>> {
  const db = await adminConnection(server, database);
  try {
    const [codes] = (await db.query('SELECT la_code FROM authority ORDER BY la_code LIMIT 50')) as unknown as [Array<{ la_code: string }>];
    const [ids] = (await db.query('SELECT MAX(id) AS n FROM assessment')) as unknown as [Array<{ n: number }>];
    const step = Math.max(1, Math.floor(Number(ids[0].n) / 50));
    return entityRepresentations(
      codes.map((row) => row.la_code),
      Array.from({ length: 50 }, (_, index) => 1 + index * step),
    );
  } finally {
    await db.end();
  }
}

/**
 * Sends the operation to the peer and checks that its answer, mapped onto our field names, holds
 * the same values in the same order as the hand-written one (cursors aside: each server's own).
 * Returns why not, loudly logged and with both answers written to a file, or null when they agree.
 */
async function verifyPeer(peer: Target, operation: Operation, reference: string, outDir: string, scale: string): Promise<string | null> {
  let reason: string;
  let answer: unknown = null;
  try {
    const response = await send(peer, operation);
    const parsed = JSON.parse(response.text) as { data?: JsonObject | null; errors?: unknown };
    if (response.status !== 200 || parsed.errors || !parsed.data)
      reason = `answered with ${response.status}: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 500)}`;
    else {
      answer = withoutOpaqueKeys({ data: operation.peer!.normalise(parsed.data) });
      if (JSON.stringify(answer) === JSON.stringify(withoutOpaqueKeys(JSON.parse(reference) as Json))) return null;
      reason = 'returned different values from the hand-written server';
    }
  } catch (error) {
    reason = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
  }
  const file = path.join(outDir, `mismatch-${scale}-${operation.id}-peer.json`);
  writeFileSync(file, JSON.stringify({ peer: answer, hand: withoutOpaqueKeys(JSON.parse(reference) as Json) }, null, 2));
  const message = `the peer ${reason} for ${operation.id} at ${scale}; not timed (both answers in ${file})`;
  log(`  ${'!'.repeat(8)} PEER FAILED: ${message}`);
  return message;
}

/** Sends the operation to every server and fails unless each answers 200 with the same JSON as the hand-written one. */
async function verify(
  targets: Target[],
  operation: Operation,
  outDir: string,
  scale: string,
): Promise<{ firstMs: Map<TargetId, number>; reference: string }> {
  const answers = new Map<TargetId, string>();
  const firstMs = new Map<TargetId, number>();
  for (const target of targets) {
    const response = await send(target, operation);
    if (response.status !== 200)
      throw new Error(`${target.label} answered ${operation.id} with ${response.status}: ${response.text.slice(0, 500)}`);
    const parsed = JSON.parse(response.text) as { errors?: unknown };
    if (parsed.errors)
      throw new Error(`${target.label} answered ${operation.id} with errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
    answers.set(target.id, canonical(response.text));
    firstMs.set(target.id, response.ms);
  }
  const reference = answers.get('hand')!;
  for (const [id, answer] of answers) {
    if (answer !== reference) {
      const file = path.join(outDir, `mismatch-${scale}-${operation.id}-${id}.json`);
      writeFileSync(file, JSON.stringify({ [id]: JSON.parse(answer), hand: JSON.parse(reference) }, null, 2));
      throw new Error(`${id} and the hand-written server answer ${operation.id} differently at ${scale}; both written to ${file}`);
    }
  }
  return { firstMs, reference };
}

async function measureScale(
  server: ServerUrl,
  scaleName: string,
  options: {
    duration: number;
    rounds: number;
    warmup: number;
    connections: number;
    outDir: string;
    smoke: boolean;
    operations: string[] | null;
    postgres: PostgresServer | null;
  },
): Promise<ScaleResult> {
  const database = databaseFor(parseScale(scaleName));
  const admin = await adminConnection(server);
  const targets: Target[] = [];
  const loadAtStart = os.loadavg()[0];
  try {
    // Started together: each spends a second or two building its schema.
    const started = await Promise.allSettled(
      TARGET_IDS.map((id, index) => startTarget(id, BASE_PORT + index, databaseUrl(server, database, DB_USERS[id]))),
    );
    for (const result of started) if (result.status === 'fulfilled') targets.push(result.value);
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    // The peer after the others: copying the rows into PostgreSQL takes a while at x100.
    let peer: Target | null = null;
    let peerStatus: string;
    if (options.postgres === null) peerStatus = 'left out (--no-peer)';
    else {
      const setup = await preparePeer(server, options.postgres, database, log);
      if (!setup.ready) peerStatus = `skipped: ${setup.reason}`;
      else {
        try {
          peer = await startTarget('peer', BASE_PORT + PEER_PORT_OFFSET, setup.databaseUrl);
          targets.push(peer);
          peerStatus = `measured${setup.copySeconds > 0 ? ` (rows copied into PostgreSQL in ${setup.copySeconds.toFixed(0)} s)` : ''}`;
        } catch (error) {
          peerStatus = `skipped: PostGraphile did not start: ${(error instanceof Error ? error.message : String(error)).slice(0, 600)}`;
        }
      }
    }
    if (peer === null) log(`  ${scaleName} peer ${peerStatus}`);
    const ops = operations(await representationsFor(server, database)).filter(
      (operation) => options.operations === null || options.operations.includes(operation.id),
    );
    const results: OperationResult[] = [];
    for (const operation of ops) {
      log(`  ${scaleName} ${operation.id}: checking that every server gives the same JSON`);
      const ours = targets.filter((target) => target.id !== 'peer');
      const { firstMs, reference } = await verify(ours, operation, options.outDir, scaleName);
      let peerNote: string | undefined;
      const measured = [...ours];
      if (peer !== null) {
        if (!operation.peer) peerNote = 'no equivalent in PostGraphile 5 without writing SQL functions for it';
        else {
          const failure = await verifyPeer(peer, operation, reference, options.outDir, scaleName);
          if (failure === null) measured.push(peer);
          else peerNote = `FAILED: ${failure}`;
        }
      } else if (operation.peer) peerNote = peerStatus;
      const perTarget = new Map<TargetId, TargetResult>();
      // Statements and bytes per request, exactly: a few sequential requests, counted per database user.
      for (const target of measured) {
        const repeats = options.smoke || (firstMs.get(target.id) ?? 0) > 2_000 ? 1 : 5;
        // The peer's statements go to PostgreSQL, which MariaDB's per-user statistics do not see.
        const dbUser = target.dbUser;
        const before = dbUser === null ? null : await settledCounters(admin, dbUser, options.smoke ? 50 : 300);
        const latencies: number[] = [];
        for (let index = 0; index < repeats; index += 1) latencies.push((await send(target, operation)).ms);
        // MariaDB updates a user's statistics just after it answers; give the last statement time to be counted.
        await new Promise((resolve) => setTimeout(resolve, options.smoke ? 50 : 200));
        const db =
          dbUser === null || before === null
            ? { statements: NaN, bytesSent: NaN, rowsRead: NaN, cpuSeconds: NaN }
            : difference(await counters(admin, dbUser), before);
        perTarget.set(target.id, {
          target: target.id,
          label: target.label,
          sequentialMs: median(latencies),
          statementsPerRequest: db.statements / repeats,
          bytesPerRequest: db.bytesSent / repeats,
          rowsReadPerRequest: db.rowsRead / repeats,
          dbCpuMsPerRequest: (1000 * db.cpuSeconds) / repeats,
          rounds: [],
          requestsPerSecond: 0,
          p50: NaN,
          p99: NaN,
          cpuMsPerRequest: NaN,
          peakRssMiB: 0,
          errors: 0,
        });
      }
      // Durations long enough for a few requests per connection even where one request takes seconds.
      // With every connection busy, one request takes about connections / cores times as long as alone.
      const lengthOf = (id: TargetId): RunLength => (options.smoke ? { requests: SMOKE_REQUESTS } : { seconds: durationOf(id) });
      const durationOf = (id: TargetId): number =>
        Math.min(
          60,
          Math.max(
            options.duration,
            Math.ceil(((perTarget.get(id)?.sequentialMs ?? 0) * options.connections * 1.5) / 1000 / os.cpus().length),
          ),
        );
      for (const target of measured) {
        if (options.warmup > 0 && !options.smoke)
          await load(target, operation, { seconds: Math.min(durationOf(target.id), Math.max(options.warmup, 1)) }, options.connections);
        resetPeakRss(target.pid);
      }
      for (let round = 0; round < options.rounds; round += 1) {
        const order = measured.map((_, index) => measured[(index + round) % measured.length]);
        for (const target of order) {
          const result = await load(target, operation, lengthOf(target.id), options.connections);
          perTarget.get(target.id)!.rounds.push(result);
          log(
            `  ${scaleName} ${operation.id} round ${round + 1} ${target.id}: ${(result.requests / result.seconds).toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.errors ? `, ${result.errors} errors` : ''}`,
          );
        }
      }
      for (const target of measured) {
        const entry = perTarget.get(target.id)!;
        Object.assign(entry, summariseRounds(entry.rounds));
        entry.peakRssMiB = peakRssMiB(target.pid);
      }
      const peerResult = perTarget.get('peer');
      results.push({
        id: operation.id,
        title: operation.title,
        targets: [...TARGET_IDS.map((id) => perTarget.get(id)!), ...(peerResult ? [peerResult] : [])],
        ...(peerNote === undefined ? {} : { peer: peerNote }),
      });
    }
    return {
      scale: scaleName,
      database,
      operations: results,
      uncachedMode: targets[0].nonce ? 'nonce' : 'no-cache',
      peer: peerStatus,
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
    };
  } finally {
    for (const target of targets) await stopTarget(target);
    await admin.end();
  }
}

async function profileQ1(
  server: ServerUrl,
  scaleName: string,
  seconds: number,
  connections: number,
  outDir: string,
): Promise<ProfileSummary> {
  const profileDir = path.join(outDir, 'profile');
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const database = databaseFor(parseScale(scaleName));
  const target = await startTarget('ours', BASE_PORT + 10, databaseUrl(server, database, DB_USERS.ours), {
    nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
  });
  try {
    const [q1] = operations([]);
    await load(target, q1, { seconds }, connections);
  } finally {
    await stopTarget(target);
  }
  const files = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error('node --cpu-prof wrote no profile');
  const summary = summariseProfile(path.join(profileDir, files[0]));
  rmSync(profileDir, { recursive: true, force: true });
  return summary;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      'ingest-letters': { type: 'string' },
      profile: { type: 'boolean', default: false },
      'reuse-data': { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      operations: { type: 'string' },
      out: { type: 'string' },
      'mysql-url': { type: 'string' },
      'pg-url': { type: 'string' },
      'no-peer': { type: 'boolean', default: false },
      seed: { type: 'string' },
      render: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.render) {
    // Re-renders the markdown of an earlier run from its results.json.
    const report = JSON.parse(readFileSync(values.render, 'utf8')) as Report;
    writeFileSync(path.join(path.dirname(values.render), 'results.md'), renderMarkdown(report));
    return;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const smoke = values.smoke;
  const scales = (values.scales ?? (smoke ? 'x1' : 'x1,x10,x100')).split(',').map((name) => name.trim());
  const duration = Number(values.duration ?? (smoke ? 0.3 : 5));
  const rounds = Number(values.rounds ?? (smoke ? 1 : 2));
  const warmup = Number(values.warmup ?? (smoke ? 0 : 2));
  const connections = Number(values.connections ?? 8);
  const ingestLetters = Number(values['ingest-letters'] ?? (smoke ? 0 : 1000));
  const selected = values.operations ? values.operations.split(',').map((name) => name.trim()) : null;
  const seed = Number(values.seed ?? 20091209);
  const outDir = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'bench', smoke ? 'results/smoke' : 'results'));
  const server: ServerUrl = { base: values['mysql-url'] ?? process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306' };
  const postgres: PostgresServer | null = values['no-peer']
    ? null
    : { base: values['pg-url'] ?? process.env.BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432' };
  mkdirSync(outDir, { recursive: true });

  const started = Date.now();
  const admin = await adminConnection(server);
  const machine = await describeMachine(admin);
  const restoreUserStatistics = await enableUserStatistics(admin);
  const users = [...Object.values(DB_USERS), INGEST_USER];
  for (const user of users) await createBenchUser(admin, user);
  try {
    const generation: Record<string, GenerationReport | { reused: true; seconds: 0 }> = {};
    let templates: Awaited<ReturnType<typeof loadTemplates>> | undefined;
    for (const name of scales) {
      const scale = parseScale(name);
      if ((values['reuse-data'] || smoke) && (await scaleIsGenerated(server, scale, expectedAssessments(scale)))) {
        log(`${name}: reusing ${databaseFor(scale)}`);
        generation[name] = { reused: true, seconds: 0 };
        continue;
      }
      templates ??= await loadTemplates(server);
      log(`${name}: generating ${databaseFor(scale)}`);
      generation[name] = await generateScale(server, scale, templates, seed, log);
      log(`${name}: generated in ${generation[name].seconds.toFixed(1)} s`);
    }
    const results: ScaleResult[] = [];
    for (const name of scales) {
      log(`${name}: measuring`);
      results.push(
        await measureScale(server, name, { duration, rounds, warmup, connections, outDir, smoke, operations: selected, postgres }),
      );
    }
    let ingest: IngestResult | null = null;
    if (ingestLetters > 0) {
      log(`ingest: ${ingestLetters} letters`);
      ingest = await measureIngest(server, ingestLetters, log);
    }
    let profile: ProfileSummary | null = null;
    if (values.profile) {
      log(`profile: our server under Q1 load at ${scales[0]} with node --cpu-prof`);
      profile = await profileQ1(server, scales[0], Math.max(duration * 2, 10), connections, outDir);
    }
    const report: Report = {
      machine,
      settings: { scales, duration, rounds, warmup, connections, ingestLetters, seed, smoke },
      generation,
      scales: results,
      ingest,
      profile,
      totalSeconds: (Date.now() - started) / 1000,
    };
    writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(outDir, 'results.md'), renderMarkdown(report));
    log(`report: ${path.relative(process.cwd(), path.join(outDir, 'results.md'))} (${report.totalSeconds.toFixed(0)} s)`);
  } finally {
    for (const user of users) await dropBenchUser(admin, user);
    await restoreUserStatistics();
    await admin.end();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
