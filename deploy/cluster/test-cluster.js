#!/usr/bin/env node
/*
 * npm run test:cluster: starts the local Galera cluster (deploy/cluster/up.sh) with 2 server
 * replicas, measures reads per second through one replica and through two, then drives mixed
 * load through the replica balancer (every example query of docs/api.md, plus ingestLetter of many
 * distinct synthetic letters), kills -9 one Galera node and one replica in the middle, restarts
 * them, and checks:
 *   - every ingest answered INGESTED is on all three nodes, exactly once (nothing lost, nothing doubled);
 *   - the three nodes hold identical tables (CHECKSUM TABLE);
 *   - reads that failed during the failover are few (at most FAILOVER_ERROR_SECONDS of reads);
 *   - the killed node rejoined by IST (its log shows an IST and no SST).
 * Prints one JSON summary line and exits non-zero on failure. Always tears the cluster down.
 *
 * Needs the project built (npm run build: it uses dist/ for the parser and reference data).
 * Environment: CLUSTER_DIR (default /tmp/ofsted-cluster-test), KEEP_CLUSTER=1 to leave it up,
 * LOAD_SECONDS_BEFORE_KILL, DOWN_SECONDS, AFTER_REJOIN_SECONDS, BENCH_SECONDS, FAILOVER_ERROR_SECONDS.
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '../..');
const DEPLOY_DIR = __dirname;
const mysql = require(require.resolve('mysql2/promise', { paths: [APP_DIR] }));
const { parseLetter } = require(path.join(APP_DIR, 'dist/letters/parse-letter'));
const { hashLetterText } = require(path.join(APP_DIR, 'dist/ingest/store-letter'));
const { referenceAuthorities } = require(path.join(APP_DIR, 'dist/reference/reference-authorities'));

const env = (name, fallback) => (process.env[name] === undefined || process.env[name] === '' ? fallback : process.env[name]);
const CLUSTER_DIR = env('CLUSTER_DIR', '/tmp/ofsted-cluster-test');
const ADMIN_TOKEN = env('ADMIN_TOKEN', 'cluster-test-token');
const DB_USER = env('DB_USER', 'ofsted');
const DB_PASSWORD = env('DB_PASSWORD', 'ofsted-cluster');
const DB_NAME = env('DB_NAME', 'ofsted_graph');
const DB_BASE_PORT = Number(env('DB_BASE_PORT', 3310));
const APP_LB_PORT = Number(env('APP_LB_PORT', 4100));
const APP_BASE_PORT = Number(env('APP_BASE_PORT', 4100));
const HOST = env('BIND_ADDRESS', '127.0.0.1');
const NODES = 3;
const KILLED_NODE = Number(env('KILLED_NODE', 2));
const KILLED_REPLICA = 2;
const LOAD_SECONDS_BEFORE_KILL = Number(env('LOAD_SECONDS_BEFORE_KILL', 15));
const DOWN_SECONDS = Number(env('DOWN_SECONDS', 10));
const AFTER_REJOIN_SECONDS = Number(env('AFTER_REJOIN_SECONDS', 10));
const BENCH_SECONDS = Number(env('BENCH_SECONDS', 5));
const BENCH_ROUNDS = Number(env('BENCH_ROUNDS', 2));
const RACE_LETTERS = Number(env('RACE_LETTERS', 20));
const FAILOVER_ERROR_SECONDS = Number(env('FAILOVER_ERROR_SECONDS', 3));
const READERS = 4;
const INGESTERS = 2;
const INGEST_PAUSE_MS = 150;
const BENCH_CONCURRENCY = 8;
/** A reader waits this long after a failed read before its next one, as a client would. */
const READ_BACKOFF_MS = 250;
const GRAPHQL_URL = `http://${HOST}:${APP_LB_PORT}/graphql`;

const scriptEnv = { ...process.env, CLUSTER_DIR, ADMIN_TOKEN, REPLICAS: '2' };
const started = Date.now();
const log = (message) => process.stderr.write(`[test-cluster +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function script(name, ...args) {
  const result = spawnSync(path.join(DEPLOY_DIR, name), args, { env: scriptEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${name} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

// ---------------------------------------------------------------- letters

const LETTERS_DIR = path.join(APP_DIR, 'letters');
const KENT_2009 = fs.readFileSync(path.join(LETTERS_DIR, '004_5ab39e3c457a8afd.txt'), 'utf8');
const BATH_APA_2006 = fs.readFileSync(path.join(LETTERS_DIR, '001_e2f644057def782b.txt'), 'utf8');
const RATING_WORDS = {
  4: ['Performs excellently (4)', 'perform excellently'],
  3: ['Performs well (3)', 'perform well'],
  2: ['Performs adequately (2)', 'perform adequately'],
  1: ['Performs poorly (1)', 'perform poorly'],
};

/** Kent's real 2009 rating letter addressed to another council (as test/helpers/synthetic-letters.ts does). */
function ratingLetter(authority) {
  const grade = (Number(authority.laCode) % 4) + 1;
  const [rating, verb] = RATING_WORDS[grade];
  return KENT_2009.replaceAll('Kent County Council', authority.name)
    .replace('Performs well (3)', rating)
    .replace(`${authority.name} perform well`, `${authority.name} ${verb}`);
}

/** Bath's real 2006 APA letter addressed to another council for another year. */
function apaLetter(authority, year) {
  return BATH_APA_2006.replaceAll('Bath & North East Somerset Council', authority.name)
    .replaceAll('BATH AND NORTH EAST SOMERSET', authority.shortName.toUpperCase())
    .replaceAll('Bath and North East Somerset', authority.shortName)
    .replaceAll('2006', String(year));
}

/** Distinct letters, each for an (authority, kind, year) no other letter (nor a bundled one) has, checked by the real parser. */
function syntheticLetters() {
  const taken = new Set();
  for (const file of fs.readdirSync(LETTERS_DIR)) {
    const parsed = parseLetter(fs.readFileSync(path.join(LETTERS_DIR, file), 'utf8'));
    if (parsed.ok) taken.add(`${parsed.letter.authority.laCode}/${parsed.letter.kind}/${parsed.letter.year}`);
  }
  const candidates = [];
  for (const authority of referenceAuthorities()) {
    if (authority.abolishedOn === null) candidates.push({ authority, kind: 'ANNUAL_RATING', year: 2009, text: ratingLetter(authority) });
    for (const year of [2005, 2006, 2007, 2008]) {
      if (authority.establishedOn !== null && authority.establishedOn > `${year}-11-01`) continue;
      candidates.push({ authority, kind: 'ANNUAL_PERFORMANCE_ASSESSMENT', year, text: apaLetter(authority, year) });
    }
  }
  const letters = [];
  let rejected = 0;
  for (const candidate of candidates) {
    const key = `${candidate.authority.laCode}/${candidate.kind}/${candidate.year}`;
    const parsed = parseLetter(candidate.text);
    const ok =
      parsed.ok &&
      parsed.letter.authority.laCode === candidate.authority.laCode &&
      parsed.letter.kind === candidate.kind &&
      parsed.letter.year === candidate.year;
    if (!ok || taken.has(key)) {
      rejected += 1;
      continue;
    }
    taken.add(key);
    letters.push({
      key,
      laCode: candidate.authority.laCode,
      kind: candidate.kind,
      year: candidate.year,
      text: candidate.text,
      sha256: hashLetterText(candidate.text),
    });
  }
  // Interleave kinds and authorities deterministically.
  letters.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
  return { letters, rejected };
}

// ---------------------------------------------------------------- GraphQL traffic

const READ_QUERIES = [
  {
    name: 'CouncilPage',
    query: `query CouncilPage($laCode: String!) { authority(laCode: $laCode) { name region statisticalNeighbours { name laCode }
      assessments { kind year overallGrade overallJudgement outcomeAreas { area grade judgement strengths areasForImprovement }
      settingJudgements { setting judgement count total proportion source evidence } } } }`,
    variables: () => ({ laCode: randomLaCode() }),
  },
  {
    name: 'Page',
    query: `query Page($after: String, $region: String!) {
      authorities(first: 20, after: $after, filter: { region: $region, ratedIn: 2009 }, orderBy: { field: NAME, direction: ASC }) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name laCode kind } } }
      assessments(first: 10, filter: { year: 2009, minGrade: 3, region: $region }, orderBy: { field: GRADE, direction: DESC }) {
        edges { node { overallGrade authority { name } } } } }`,
    variables: () => ({ region: randomRegion() }),
  },
  {
    name: 'RatingDistribution',
    query: `{ ratingDistribution(year: 2009, groupBy: REGION) { key total assessed unassessed meanGrade grades { grade count } } }`,
  },
  {
    name: 'SettingJudgementSummary',
    query: `{ settingJudgementSummary(setting: PUPIL_REFERRAL_UNITS, year: 2009, groupBy: NONE) {
      key authorities assessments assessmentsMentioningSetting
      judgements { judgement mentions assessments numberedMentions summedCount summedTotal proportion } } }`,
  },
  {
    name: 'TrendComparison',
    query: `query Trend($laCode: String!) { authority(laCode: $laCode) { name trend { year kind grade change assessmentId }
      comparison(year: 2009) { grade regionMean regionAssessed regionAuthorities neighbourMean neighboursAssessed neighbourCount
        englandMean englandAssessed englandAuthorities } } }`,
    variables: () => ({ laCode: randomLaCode() }),
  },
  {
    name: 'Camhs',
    query: `query Camhs { search(text: "CAMHS waiting", first: 10) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { passage highlighted matches { start end } passageKind outcomeArea score authority { name laCode region }
        assessment { kind year overallGrade } } } } }`,
  },
  {
    name: 'SearchPru',
    query: `{ search(text: "pupil referral units", filter: { year: 2009, region: "London", passageKind: SETTING_EVIDENCE }) {
      edges { node { highlighted authority { name } } } } }`,
  },
];
const AUTHORITIES = referenceAuthorities();
const REGIONS = [...new Set(AUTHORITIES.map((authority) => authority.region))];
const randomLaCode = () => AUTHORITIES[Math.floor(Math.random() * AUTHORITIES.length)].laCode;
const randomRegion = () => REGIONS[Math.floor(Math.random() * REGIONS.length)];

const INGEST_MUTATION =
  'mutation Ingest($text: String!, $fileName: String) { ingestLetter(text: $text, fileName: $fileName) { status error { code message } assessment { id } } }';

async function post(body, headers = {}, timeoutMs = 20000, url = GRAPHQL_URL) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* reported below */
  }
  return { status: response.status, json, text };
}

/** One read; resolves to null when it succeeded, else a short reason. */
async function read(queryIndex, uncached = false) {
  const spec = READ_QUERIES[queryIndex % READ_QUERIES.length];
  // An alias unique to this request makes the query text unique: the response cache cannot answer it.
  const query = uncached ? spec.query.replace(/\}\s*$/, ` u${Date.now()}${Math.floor(Math.random() * 1e9)}: __typename }`) : spec.query;
  try {
    const { status, json, text } = await post({ query, variables: spec.variables ? spec.variables() : {} });
    if (status !== 200 || !json || json.errors) return `${spec.name}: HTTP ${status} ${json?.errors?.[0]?.message ?? text.slice(0, 120)}`;
    return null;
  } catch (error) {
    return `${spec.name}: ${error.cause?.code ?? error.name}: ${error.message}`;
  }
}

/** Runs `concurrency` closed loops of `work` until `stop()`; `work(i)` resolves null or an error string. */
async function loop(concurrency, stop, work, record, backoffMs = READ_BACKOFF_MS) {
  let counter = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!stop()) {
        const i = counter++;
        const t = Date.now();
        const error = await work(i);
        record(t, Date.now(), error);
        if (error && backoffMs > 0) await sleep(backoffMs);
      }
    }),
  );
}

// ---------------------------------------------------------------- HAProxy admin socket and the nodes

function haproxyCommand(socket, command) {
  return new Promise((resolve, reject) => {
    const client = net.connect(path.join(CLUSTER_DIR, 'run', socket));
    let out = '';
    client.on('data', (chunk) => {
      out += chunk;
    });
    client.on('end', () => resolve(out));
    client.on('error', reject);
    client.end(`${command}\n`);
  });
}

function nodeConnection(node) {
  return mysql.createConnection({
    host: HOST,
    port: DB_BASE_PORT + node,
    user: DB_USER,
    password: DB_PASSWORD,
    database: DB_NAME,
    connectTimeout: 3000,
  });
}

async function nodeStatus(node) {
  const connection = await nodeConnection(node);
  try {
    const [rows] = await connection.query(
      "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state','wsrep_last_committed','wsrep_cluster_size','wsrep_local_cert_failures','wsrep_local_bf_aborts')",
    );
    return Object.fromEntries(rows.map((row) => [row.Variable_name, Number(row.Value)]));
  } finally {
    await connection.end();
  }
}

async function waitFor(what, seconds, check) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds}s waiting for ${what}`);
    await sleep(250);
  }
}

// ---------------------------------------------------------------- phases

async function benchmark(label, seconds = BENCH_SECONDS) {
  let requests = 0;
  let errors = 0;
  const warmUntil = Date.now() + 2000;
  const end = warmUntil + seconds * 1000;
  await loop(
    BENCH_CONCURRENCY,
    () => Date.now() > end,
    (i) => read(i, true),
    (t0, t1, error) => {
      if (t0 < warmUntil) return;
      requests += 1;
      if (error) errors += 1;
    },
  );
  const perSecond = Math.round((requests - errors) / seconds);
  log(`${label}: ${perSecond} uncached reads/s (${requests} requests, ${errors} errors)`);
  return perSecond;
}

async function ingestOne(letter, stats) {
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    let outcome;
    try {
      const { status, json, text } = await post(
        { query: INGEST_MUTATION, variables: { text: letter.text, fileName: `synthetic/${letter.key}.txt` } },
        { authorization: `Bearer ${ADMIN_TOKEN}` },
        30000,
      );
      const result = json?.data?.ingestLetter;
      outcome = result ? result.status : `HTTP_${status}`;
      if (result?.status === 'FAILED') outcome = `FAILED:${result.error?.code}:${(result.error?.message ?? '').slice(0, 140)}`;
      else if (!result) outcome = `HTTP_${status}:${(json?.errors?.[0]?.message ?? text).slice(0, 140)}`;
    } catch (error) {
      outcome = `NETWORK:${error.cause?.code ?? error.name}`;
    }
    stats.attempts += 1;
    if (outcome === 'INGESTED') {
      stats.acknowledged.push(letter);
      if (attempt > 1) stats.ingestedOnRetry += 1;
      return;
    }
    if (outcome === 'UNCHANGED' && attempt > 1) {
      stats.unchangedOnRetry.push(letter);
      return;
    }
    if (outcome === 'UNCHANGED' || outcome === 'REPLACED') {
      stats.unexpected.push(`${letter.key}: ${outcome}`);
      return;
    }
    stats.failures.push({ t: Date.now(), key: letter.key, outcome });
    await sleep(1000);
  }
  stats.givenUp.push(letter.key);
}

async function mixedLoadWithFailover(letters) {
  const reads = [];
  const ingest = { attempts: 0, acknowledged: [], unchangedOnRetry: [], unexpected: [], failures: [], givenUp: [], ingestedOnRetry: 0 };
  const queue = [...letters];
  let stopping = false;
  const stopped = () => stopping;

  const readers = loop(
    READERS,
    stopped,
    (i) => read(i),
    (t0, t1, error) => reads.push({ t0, t1, error }),
  );
  const ingesters = Promise.all(
    Array.from({ length: INGESTERS }, async () => {
      while (!stopping && queue.length > 0) {
        await ingestOne(queue.shift(), ingest);
        await sleep(INGEST_PAUSE_MS);
      }
    }),
  );

  await sleep(LOAD_SECONDS_BEFORE_KILL * 1000);
  const nodeLog = path.join(CLUSTER_DIR, 'log', `db${KILLED_NODE}.err`);
  const before = await nodeStatus(1);
  const killedAt = Date.now();
  script('node.sh', 'kill', String(KILLED_NODE));
  script('replica.sh', 'kill', String(KILLED_REPLICA));
  log(`killed -9 db${KILLED_NODE} and replica ${KILLED_REPLICA} (cluster at seqno ${before.wsrep_last_committed})`);

  await sleep(DOWN_SECONDS * 1000);
  const logOffset = fs.statSync(nodeLog).size;
  const restartedAt = Date.now();
  const seqnoAtRestart = (await nodeStatus(1)).wsrep_last_committed;
  script('node.sh', 'start', String(KILLED_NODE));
  script('replica.sh', 'start', String(KILLED_REPLICA));
  await waitFor(`db${KILLED_NODE} to be synced`, 240, async () => (await nodeStatus(KILLED_NODE)).wsrep_local_state === 4);
  const rejoinSeconds = (Date.now() - restartedAt) / 1000;
  log(
    `db${KILLED_NODE} synced ${rejoinSeconds.toFixed(1)}s after its restart (missed ${seqnoAtRestart - before.wsrep_last_committed}+ write-sets)`,
  );
  script('replica.sh', 'wait-ready', String(KILLED_REPLICA), '120');
  await waitFor('HAProxy to put the replica back', 30, async () =>
    /replicas \d+ app2 \S+ 2 0 /.test(await haproxyCommand('haproxy-app.sock', 'show servers state replicas')),
  );

  await sleep(AFTER_REJOIN_SECONDS * 1000);
  stopping = true;
  await Promise.all([readers, ingesters]);
  const endedAt = Date.now();

  const rejoinLog = fs.readFileSync(nodeLog, 'utf8').slice(logOffset);
  const ist = /IST received/.test(rejoinLog) && /mariabackup IST completed on joiner/.test(rejoinLog);
  // With mariabackup the joiner always starts the SST script; the donor then says whether it is an
  // IST ("mariabackup IST completed on joiner") or a full copy (the datadir is wiped and refilled).
  const sst = /mariabackup SST completed on joiner|Cleaning the existing datadir/.test(rejoinLog);
  const istWritesets = Number((/Receiving IST: (\d+) writesets/.exec(rejoinLog) ?? [])[1] ?? 0);
  return { reads, ingest, killedAt, restartedAt, endedAt, rejoinSeconds, ist, sst, istWritesets, lettersLeft: queue.length };
}

/**
 * The same new letter sent at the same moment to both replicas directly (each with its own
 * pool, spread over the nodes by HAProxy): never two copies; ideally one INGESTED and one UNCHANGED.
 */
async function raceSameLetters(letters) {
  const outcomes = {};
  const ingested = [];
  for (const letter of letters) {
    const answers = await Promise.all(
      [1, 2].map(async (replica) => {
        try {
          const { json } = await post(
            { query: INGEST_MUTATION, variables: { text: letter.text } },
            { authorization: `Bearer ${ADMIN_TOKEN}` },
            30000,
            `http://${HOST}:${APP_BASE_PORT + replica}/graphql`,
          );
          const result = json?.data?.ingestLetter;
          if (!result) return 'ERROR';
          return result.status === 'FAILED'
            ? `FAILED(${/Deadlock/.test(result.error?.message) ? 'deadlock' : result.error?.code})`
            : result.status;
        } catch (error) {
          return `NETWORK(${error.cause?.code ?? error.name})`;
        }
      }),
    );
    const key = answers.sort().join('+');
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    if (answers.includes('INGESTED')) ingested.push(letter);
  }
  log(`same letter to both replicas at once, ${letters.length} times: ${JSON.stringify(outcomes)}`);
  return { outcomes, ingested, letters };
}

async function verifyNodes(acknowledged) {
  // Every node synced and at the same seqno before looking.
  await waitFor('all nodes synced at the same seqno', 120, async () => {
    const states = await Promise.all([1, 2, 3].map(nodeStatus));
    return (
      states.every((s) => s.wsrep_local_state === 4 && s.wsrep_cluster_size === NODES) &&
      states.every((s) => s.wsrep_last_committed === states[0].wsrep_last_committed)
    );
  });
  const shas = acknowledged.map((letter) => letter.sha256);
  const perNode = [];
  for (let node = 1; node <= NODES; node += 1) {
    const connection = await nodeConnection(node);
    try {
      const sourceCounts = new Map();
      const assessmentCounts = new Map();
      for (let i = 0; i < shas.length; i += 200) {
        const chunk = shas.slice(i, i + 200);
        if (chunk.length === 0) continue;
        const [sources] = await connection.query('SELECT sha256, COUNT(*) AS n FROM source_letter WHERE sha256 IN (?) GROUP BY sha256', [
          chunk,
        ]);
        for (const row of sources) sourceCounts.set(row.sha256, Number(row.n));
        const [assessments] = await connection.query(
          `SELECT s.sha256, COUNT(*) AS n FROM assessment a JOIN source_letter s ON s.id = a.source_letter_id
           WHERE s.sha256 IN (?) GROUP BY s.sha256`,
          [chunk],
        );
        for (const row of assessments) assessmentCounts.set(row.sha256, Number(row.n));
      }
      // The assessment row of each acknowledged letter: one per (authority, kind, year).
      const keys = acknowledged.map((letter) => [letter.laCode, letter.kind, letter.year]);
      const keyCounts = new Map();
      for (let i = 0; i < keys.length; i += 200) {
        const chunk = keys.slice(i, i + 200);
        if (chunk.length === 0) continue;
        const [rows] = await connection.query(
          `SELECT au.la_code, a.kind, a.year, COUNT(*) AS n FROM assessment a JOIN authority au ON au.id = a.authority_id
           WHERE (au.la_code, a.kind, a.year) IN (?) GROUP BY au.la_code, a.kind, a.year`,
          [chunk],
        );
        for (const row of rows) keyCounts.set(`${row.la_code}/${row.kind}/${row.year}`, Number(row.n));
      }
      let found = 0,
        lost = 0,
        duplicated = 0;
      for (const letter of acknowledged) {
        const sources = sourceCounts.get(letter.sha256) ?? 0;
        const assessments = assessmentCounts.get(letter.sha256) ?? 0;
        const byKey = keyCounts.get(letter.key) ?? 0;
        if (sources === 1 && assessments === 1 && byKey === 1) found += 1;
        else if (sources === 0 || assessments === 0 || byKey === 0) lost += 1;
        else duplicated += 1;
      }
      const [checksums] = await connection.query(
        'CHECKSUM TABLE source_letter, assessment, outcome_area, setting_judgement, letter_passage',
      );
      perNode.push({ node, found, lost, duplicated, checksum: checksums.map((row) => String(row.Checksum)).join('/') });
    } finally {
      await connection.end();
    }
  }
  return perNode;
}

// ---------------------------------------------------------------- main

let tornDown = false;
function teardown() {
  if (tornDown) return;
  tornDown = true;
  if (process.env.KEEP_CLUSTER === '1') {
    log(`KEEP_CLUSTER=1: leaving the cluster up in ${CLUSTER_DIR}`);
    return;
  }
  const logs = `${CLUSTER_DIR}-logs`;
  fs.rmSync(logs, { recursive: true, force: true });
  try {
    fs.cpSync(path.join(CLUSTER_DIR, 'log'), logs, { recursive: true });
    log(`logs kept in ${logs}`);
  } catch {
    /* no logs yet */
  }
  log('tearing the cluster down');
  spawnSync(path.join(DEPLOY_DIR, 'down.sh'), ['--purge'], { env: scriptEnv, stdio: ['ignore', 'inherit', 'inherit'] });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    teardown();
    process.exit(130);
  });
}

async function main() {
  const failures = [];
  const { letters, rejected } = syntheticLetters();
  log(`${letters.length} distinct synthetic letters ready (${rejected} candidates left out)`);

  if (fs.existsSync(path.join(CLUSTER_DIR, 'run'))) {
    log(`${CLUSTER_DIR} holds an earlier cluster: stopping and deleting it`);
    spawnSync(path.join(DEPLOY_DIR, 'down.sh'), ['--purge'], { env: scriptEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  script('up.sh');
  const upSeconds = (Date.now() - started) / 1000;

  // Reads per second: warm both replicas up, then alternate one replica (the other in
  // maintenance) and both, so a change in the machine's other load hits both figures alike.
  await benchmark('warm-up, 2 replicas', 4);
  const rounds = { one: [], two: [] };
  for (let round = 0; round < BENCH_ROUNDS; round += 1) {
    await haproxyCommand('haproxy-app.sock', 'disable server replicas/app2');
    rounds.one.push(await benchmark(`round ${round + 1}, 1 replica`));
    await haproxyCommand('haproxy-app.sock', 'enable server replicas/app2');
    await waitFor('replica 2 back in the balancer', 15, async () =>
      /replicas \d+ app2 \S+ 2 0 /.test(await haproxyCommand('haproxy-app.sock', 'show servers state replicas')),
    );
    rounds.two.push(await benchmark(`round ${round + 1}, 2 replicas`));
  }
  const mean = (values) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  const oneReplica = mean(rounds.one);
  const twoReplicas = mean(rounds.two);
  const loadAverage = Number(os.loadavg()[0].toFixed(1));

  const race = await raceSameLetters(letters.splice(letters.length - RACE_LETTERS, RACE_LETTERS));

  log('mixed load: reads and ingests through the balancer; kill -9 of a Galera node and a replica in the middle');
  const run = await mixedLoadWithFailover(letters);

  const readsBeforeKill = run.reads.filter((r) => r.t1 < run.killedAt);
  const readRate = readsBeforeKill.length / ((run.killedAt - Math.min(...readsBeforeKill.map((r) => r.t0))) / 1000);
  const failedReads = run.reads.filter((r) => r.error);
  const failedDuringFailover = failedReads.filter((r) => r.t1 >= run.killedAt);
  const errorSamples = [...new Set(failedReads.map((r) => r.error.replace(/\d+/g, 'N')))].slice(0, 5);
  const failoverWindow =
    failedDuringFailover.length === 0
      ? 0
      : (Math.max(...failedDuringFailover.map((r) => r.t1)) - Math.min(...failedDuringFailover.map((r) => r.t0))) / 1000;
  log(
    `reads: ${run.reads.length}, failed ${failedReads.length} (${failedDuringFailover.length} after the kill), ${readRate.toFixed(0)}/s before the kill`,
  );
  // Latency: reads do not fail while Galera evicts the dead node, they wait; how long is the cost.
  const percentile = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  };
  const latencyBefore = readsBeforeKill.map((r) => r.t1 - r.t0);
  const latencyAfter = run.reads.filter((r) => r.t0 >= run.killedAt && r.t0 < run.killedAt + 15000).map((r) => r.t1 - r.t0);
  const readLatencyMs = {
    p50Before: percentile(latencyBefore, 0.5),
    p99Before: percentile(latencyBefore, 0.99),
    p99First15sAfterKill: percentile(latencyAfter, 0.99),
    maxFirst15sAfterKill: Math.max(0, ...latencyAfter),
  };
  log(
    `ingests: ${run.ingest.acknowledged.length} INGESTED, ${run.ingest.failures.length} failed attempts, ${run.ingest.unchangedOnRetry.length} UNCHANGED on retry (an earlier failed attempt had committed)`,
  );
  const failureSamples = [...new Set(run.ingest.failures.map((f) => f.outcome.replace(/\d+/g, 'N')))].slice(0, 6);
  for (const sample of failureSamples) log(`  ingest failure: ${sample}`);

  const perNode = await verifyNodes(run.ingest.acknowledged);
  const racePerNode = await verifyNodes(race.ingested);
  const raceDuplicated = Math.max(...racePerNode.map((n) => n.duplicated));
  const raceLost = Math.max(...racePerNode.map((n) => n.lost));
  const raceBothFailed = Object.entries(race.outcomes)
    .filter(([key]) => !key.includes('INGESTED'))
    .reduce((n, [, count]) => n + count, 0);
  const lost = Math.max(...perNode.map((n) => n.lost));
  const duplicated = Math.max(...perNode.map((n) => n.duplicated));
  const identical = perNode.every((n) => n.checksum === perNode[0].checksum);

  const readErrorBound = Math.max(5, Math.ceil(FAILOVER_ERROR_SECONDS * readRate));
  if (run.ingest.acknowledged.length < 50) failures.push(`only ${run.ingest.acknowledged.length} ingests acknowledged`);
  if (lost > 0) failures.push(`${lost} acknowledged ingests lost`);
  if (duplicated > 0) failures.push(`${duplicated} acknowledged ingests duplicated`);
  if (perNode.some((n) => n.found !== run.ingest.acknowledged.length)) failures.push('not every acknowledged ingest is on every node');
  if (!identical) failures.push(`nodes differ: ${perNode.map((n) => n.checksum).join(' | ')}`);
  if (failedDuringFailover.length > readErrorBound)
    failures.push(`${failedDuringFailover.length} reads failed during failover (bound ${readErrorBound})`);
  if (failedReads.length > failedDuringFailover.length)
    failures.push(`${failedReads.length - failedDuringFailover.length} reads failed before the kill`);
  if (!run.ist || run.sst) failures.push(`db${KILLED_NODE} did not rejoin by IST (ist=${run.ist}, sst=${run.sst})`);
  if (run.ingest.unexpected.length > 0) failures.push(`unexpected ingest outcomes: ${run.ingest.unexpected.slice(0, 3).join('; ')}`);
  if (raceDuplicated > 0 || raceLost > 0) failures.push(`same letter from two replicas: ${raceDuplicated} doubled, ${raceLost} lost`);
  if (run.ingest.givenUp.length > 0) failures.push(`${run.ingest.givenUp.length} letters failed 4 attempts`);

  const summary = {
    ok: failures.length === 0,
    requests: run.reads.length + run.ingest.attempts,
    reads: run.reads.length,
    readsFailed: failedReads.length,
    errorsDuringFailover: failedDuringFailover.length,
    readErrorBound,
    readLatencyMs,
    failoverErrorWindowSeconds: Number(failoverWindow.toFixed(1)),
    ingestAttempts: run.ingest.attempts,
    ingestsAcknowledged: run.ingest.acknowledged.length,
    ingestFailedAttempts: run.ingest.failures.length,
    ingestFailuresAfterKill: run.ingest.failures.filter((f) => f.t >= run.killedAt).length,
    ingestUnchangedOnRetry: run.ingest.unchangedOnRetry.length,
    ingestsFoundPerNode: Object.fromEntries(perNode.map((n) => [`db${n.node}`, n.found])),
    lost,
    duplicated,
    nodesIdentical: identical,
    killedNode: `db${KILLED_NODE}`,
    secondsToRejoin: Number(run.rejoinSeconds.toFixed(1)),
    rejoinedBy: run.ist && !run.sst ? 'IST' : run.sst ? 'SST' : 'unknown',
    istWritesets: run.istWritesets,
    readsPerSecond: { oneReplica, twoReplicas, rounds, loadAverage },
    sameLetterRace: { letters: race.letters.length, outcomes: race.outcomes, doubled: raceDuplicated, neitherIngested: raceBothFailed },
    clusterUpSeconds: Number(upSeconds.toFixed(1)),
    totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
    failures,
    errorSamples,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return failures.length === 0 ? 0 : 1;
}

main()
  .then((code) => {
    teardown();
    process.exit(code);
  })
  .catch((error) => {
    log(`failed: ${error.stack ?? error}`);
    teardown();
    process.exit(1);
  });
