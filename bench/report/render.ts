import type { GenerationReport } from '../generate/generate';
import type { IngestResult } from '../measure/ingest';
import type { LoadResult } from '../measure/load';
import type { ProfileSummary } from '../measure/profile';
import type { TargetId } from '../targets/launch';
import type { Machine } from './machine';
import { median } from './median';

/**
 * req/s over all rounds; p50 and p99 as the median over the rounds that completed a request
 * (a round too short for one slow request has no latency to report); CPU per completed request.
 */
export function summariseRounds(
  rounds: LoadResult[],
): Pick<TargetResult, 'requestsPerSecond' | 'p50' | 'p99' | 'cpuMsPerRequest' | 'errors'> {
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const cpu = rounds.reduce((sum, round) => sum + round.serverCpuSeconds, 0);
  const completed = rounds.filter((round) => round.requests > 0);
  return {
    requestsPerSecond: requests / seconds,
    p50: median(completed.map((round) => round.p50)),
    p99: median(completed.map((round) => round.p99)),
    cpuMsPerRequest: requests === 0 ? NaN : (1000 * cpu) / requests,
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
  };
}

export interface TargetResult {
  target: TargetId;
  label: string;
  /** Median time of one request with nothing else running. */
  sequentialMs: number;
  statementsPerRequest: number;
  bytesPerRequest: number;
  rowsReadPerRequest: number;
  dbCpuMsPerRequest: number;
  rounds: LoadResult[];
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  peakRssMiB: number;
  errors: number;
}

export interface OperationResult {
  id: string;
  title: string;
  targets: TargetResult[];
  /** Why the peer has no row for this operation: skipped, no equivalent, or a failed check. */
  peer?: string;
}

export interface ScaleResult {
  scale: string;
  database: string;
  operations: OperationResult[];
  /** How "uncached" was measured: the server without its response cache, or a cache miss forced per request. */
  uncachedMode: 'no-cache' | 'nonce';
  /** The machine's 1-minute load average when the scale's measurements began and ended. */
  loadAverage?: { start: number; end: number };
  /** Whether the peer (PostGraphile) ran at this scale, and if not why. */
  peer?: string;
}

export interface Report {
  machine: Machine;
  settings: {
    scales: string[];
    duration: number;
    rounds: number;
    warmup: number;
    connections: number;
    ingestLetters: number;
    seed: number;
    smoke: boolean;
  };
  generation: Record<string, GenerationReport | { reused: true; seconds: 0 }>;
  scales: ScaleResult[];
  ingest: IngestResult | null;
  profile: ProfileSummary | null;
  totalSeconds: number;
}

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ratio = (a: number, b: number): string => (Number.isFinite(a / b) && b !== 0 ? (a / b).toFixed(2) : 'n/a');
const kb = (bytes: number): string =>
  !Number.isFinite(bytes) ? 'n/a' : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;

function find(operation: OperationResult, id: Exclude<TargetId, 'peer'>): TargetResult {
  return operation.targets.find((target) => target.target === id)!;
}

/** The peer's row, absent where it was skipped, failed its check or cannot ask the question. */
function findPeer(operation: OperationResult): TargetResult | undefined {
  return operation.targets.find((target) => target.target === 'peer');
}

function scaleTable(scale: ScaleResult): string[] {
  const lines = [
    `### ${scale.scale} (\`${scale.database}\`)`,
    '',
    ...(scale.loadAverage
      ? [`1-minute load average ${scale.loadAverage.start.toFixed(1)} at the start, ${scale.loadAverage.end.toFixed(1)} at the end.`, '']
      : []),
    ...(scale.peer ? [`Peer (PostGraphile 5 over a PostgreSQL copy of the rows): ${scale.peer}.`, ''] : []),
    '| operation | server | req/s | req/s per round | p50 ms | p99 ms | one request alone, ms | SQL statements / req | bytes from DB / req | rows read / req | server CPU ms / req | peak RSS MiB |',
    '|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const operation of scale.operations) {
    for (const target of operation.targets) {
      lines.push(
        `| ${operation.id} | ${target.label} | ${fixed(target.requestsPerSecond)} | ${target.rounds.map((round) => fixed(round.requests / round.seconds)).join(', ')} | ${fixed(target.p50, 0)} | ${fixed(target.p99, 0)} | ${fixed(target.sequentialMs)} | ${fixed(target.statementsPerRequest, 1)} | ${kb(target.bytesPerRequest)} | ${fixed(target.rowsReadPerRequest, 0)} | ${fixed(target.cpuMsPerRequest)} | ${fixed(target.peakRssMiB, 0)} |`,
      );
    }
  }
  lines.push(
    '',
    '| operation | ours / hand-written req/s | ours / naive req/s | cached / hand-written uncached req/s | bytes ours / hand-written | CPU ours / hand-written | ours / peer req/s | peer / hand-written req/s | CPU ours / peer |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const operation of scale.operations) {
    const ours = find(operation, 'ours');
    const cached = find(operation, 'ours-cached');
    const naive = find(operation, 'naive');
    const hand = find(operation, 'hand');
    const peer = findPeer(operation);
    lines.push(
      `| ${operation.id} | ${ratio(ours.requestsPerSecond, hand.requestsPerSecond)} | ${ratio(ours.requestsPerSecond, naive.requestsPerSecond)} | ${ratio(cached.requestsPerSecond, hand.requestsPerSecond)} | ${ratio(ours.bytesPerRequest, hand.bytesPerRequest)} | ${ratio(ours.cpuMsPerRequest, hand.cpuMsPerRequest)} | ${peer ? ratio(ours.requestsPerSecond, peer.requestsPerSecond) : 'n/a'} | ${peer ? ratio(peer.requestsPerSecond, hand.requestsPerSecond) : 'n/a'} | ${peer ? ratio(ours.cpuMsPerRequest, peer.cpuMsPerRequest) : 'n/a'} |`,
    );
  }
  const peerNotes = scale.operations.filter((operation) => operation.peer !== undefined);
  if (peerNotes.length > 0) lines.push('', ...peerNotes.map((operation) => `- peer, ${operation.id}: ${operation.peer}`));
  lines.push('');
  return lines;
}

function targetsSection(report: Report): string[] {
  const byScale = new Map(report.scales.map((scale) => [scale.scale, scale]));
  const op = (scale: string, id: string): OperationResult | undefined =>
    byScale.get(scale)?.operations.find((operation) => operation.id === id);
  const rows: Array<[string, string, boolean | null]> = [];
  const check = (label: string, value: number | undefined, limit: number, atMost: boolean, show: (v: number) => string): void => {
    if (value === undefined || !Number.isFinite(value)) {
      rows.push([label, 'not measured in this run', null]);
      return;
    }
    rows.push([label, show(value), atMost ? value <= limit : value >= limit]);
  };
  const first = report.settings.scales[0];
  const last = report.settings.scales.at(-1) ?? first;
  const q1 = op(first, 'q1');
  const q2 = op(first, 'q2');
  if (q1) {
    check(
      `Q1 uncached >= 0.5 x hand-written (${first})`,
      find(q1, 'ours').requestsPerSecond / find(q1, 'hand').requestsPerSecond,
      0.5,
      false,
      (v) => v.toFixed(2),
    );
    check(`Q1 >= 10 x naive (${first})`, find(q1, 'ours').requestsPerSecond / find(q1, 'naive').requestsPerSecond, 10, false, (v) =>
      v.toFixed(2),
    );
    check(
      `Q1 cached >= 5 x hand-written uncached (${first})`,
      find(q1, 'ours-cached').requestsPerSecond / find(q1, 'hand').requestsPerSecond,
      5,
      false,
      (v) => v.toFixed(2),
    );
    check(
      `Q1 bytes from DB <= 1.5 x hand-written (${first})`,
      find(q1, 'ours').bytesPerRequest / find(q1, 'hand').bytesPerRequest,
      1.5,
      true,
      (v) => v.toFixed(2),
    );
  }
  if (q2) {
    check(
      `Q2 uncached >= 0.5 x hand-written (${first})`,
      find(q2, 'ours').requestsPerSecond / find(q2, 'hand').requestsPerSecond,
      0.5,
      false,
      (v) => v.toFixed(2),
    );
    check(
      `Q2 cached >= 5 x hand-written uncached (${first})`,
      find(q2, 'ours-cached').requestsPerSecond / find(q2, 'hand').requestsPerSecond,
      5,
      false,
      (v) => v.toFixed(2),
    );
  }
  if (last !== first) {
    for (const id of ['q2', 'search']) {
      const small = op(first, id);
      const large = op(last, id);
      if (small && large)
        check(`${id} p50 ${last} <= 1.5 x ${first}`, find(large, 'ours').p50 / find(small, 'ours').p50, 1.5, true, (v) => v.toFixed(2));
    }
    for (const id of ['q1', 'q2', 'rating', 'search', 'entities']) {
      const counts = report.settings.scales
        .map((scale) => op(scale, id))
        .filter((o): o is OperationResult => o !== undefined)
        .map((o) => find(o, 'ours').statementsPerRequest);
      rows.push([
        `${id}: statements per request equal at every scale`,
        counts.map((c) => fixed(c, 1)).join(' / '),
        counts.every((c) => c === counts[0]),
      ]);
    }
  }
  const q1Last = op(last, 'q1');
  if (q1Last) check(`peak RSS under Q1 at ${last} < 400 MB`, find(q1Last, 'ours').peakRssMiB, 400, true, (v) => `${v.toFixed(0)} MiB`);
  if (report.ingest) check('ingest >= 100 letters/s', report.ingest.lettersPerSecond, 100, false, (v) => `${v.toFixed(1)} letters/s`);
  return [
    '## Targets of issue 9',
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...rows.map(([label, value, met]) => `| ${label} | ${value} | ${met === null ? '-' : met ? 'yes' : '**no**'} |`),
    '',
  ];
}

export function renderMarkdown(report: Report): string {
  const { machine, settings } = report;
  for (const scale of report.scales)
    for (const operation of scale.operations) for (const target of operation.targets) Object.assign(target, summariseRounds(target.rounds));
  const lines = [
    `# ofsted-graph benchmark${settings.smoke ? ' (smoke run: durations too short to compare)' : ''}`,
    '',
    `Run ${machine.date}, ${report.totalSeconds.toFixed(0)} s in all. Written by \`npm run bench\` (bench/run.ts); the raw figures are in results.json.`,
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpuModel}, ${machine.cores} cores; memory ${machine.memoryGiB} GiB; ${machine.os}`,
    `- Node.js ${machine.node}; ${machine.mariadb} (InnoDB buffer pool ${machine.innodbBufferPoolMiB} MiB); autocannon ${machine.autocannon}`,
    `- The servers, MariaDB and the load generator share these cores: autocannon runs inside the bench's own Node.js process, each server in a child process of its own, MariaDB as the machine's service.`,
    '',
    '## Method',
    '',
    `- ${settings.connections} connections; per operation one unmeasured warm-up run of ${settings.warmup} s per server, then ${settings.rounds} interleaved round(s) of ${settings.duration} s per server (the server order rotates each round; a run is lengthened, up to 60 s, where one request alone takes so long that 8 concurrent ones would not finish within it). req/s is completed 2xx responses over all rounds; p50 and p99 are the median over the rounds that completed a request of autocannon's percentiles; requests still in flight when a run ends are not counted.`,
    '- Before measuring, every operation is sent to every server and the answers must be identical JSON (same values, same key order) to the hand-written one; the run stops otherwise.',
    "- The peer, PostGraphile 5 (amber preset, grafserv on node:http, NODE_ENV=production, on its own Node 22), serves a PostgreSQL copy of the same rows (same keys and indexes) and answers Q1 and Q2 through its own schema's documents (bench/peer/documents.ts). Its answer, with PostGraphile's field names mapped onto ours and cursors left aside, must hold the same values in the same order as the hand-written one, or the peer is not timed for that operation and the report says why. MariaDB's statistics do not see its statements (n/a).",
    '- SQL statements, bytes sent by MariaDB, rows read and MariaDB CPU per request come from MariaDB\'s per-user statistics (userstat): each server connects as a database user of its own, and these figures are taken over a few sequential requests after the check (so "ours (response cache)" shows what a cache hit costs). The response-cached server also polls for outside ingests every 2 s, which can add a statement to its figures.',
    "- Server CPU per request is the server process's user + system time (/proc/<pid>/stat) over the measured rounds divided by the requests completed; peak RSS is VmHWM, reset (clear_refs) before each operation's rounds.",
    `- ours (uncached) is \`startServer\` from dist/ with no response cache, as the tests run it${report.scales.some((s) => s.uncachedMode === 'nonce') ? ' (this build could not be started that way, so `ofsted-graph serve` was used and every request carried an extra undeclared variable, which misses the cache)' : ''}; ours (response cache) is \`ofsted-graph serve\` with its in-memory response cache. All run with NODE_ENV=production.`,
    '- Data: a seeded generator (bench/generate) copies the letters as the ingest stored them (real letters and the parser fixtures) onto every authority and year; xN has N times the authorities (synthetic copies of the 154 reference authorities), so assessments, outcome areas, judgements, letters and passages grow N times while one authority stays the same size.',
    '',
    '## Data',
    '',
    '| scale | authorities | assessments | outcome areas | setting judgements | passages | letter text | generated in |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [scale, generation] of Object.entries(report.generation)) {
    if ('reused' in generation) lines.push(`| ${scale} | (reused) | | | | | | |`);
    else {
      const rows = generation.rows;
      lines.push(
        `| ${scale} | ${rows.authority} | ${rows.assessment} | ${rows.outcome_area} | ${rows.setting_judgement} | ${rows.letter_passage} | ${kb(generation.letterBytes)} | ${generation.seconds.toFixed(0)} s |`,
      );
    }
  }
  lines.push('', '## Results', '');
  for (const scale of report.scales) lines.push(...scaleTable(scale));
  if (report.ingest) {
    const ingest = report.ingest;
    lines.push(
      '## Ingest',
      '',
      `\`ofsted-graph ingest FOLDER\` of ${ingest.letters} distinct letters into a freshly migrated MariaDB database: ${ingest.seconds.toFixed(1)} s, **${ingest.lettersPerSecond.toFixed(1)} letters/s** (${ingest.lettersPerSecondExcludingStartup.toFixed(1)} letters/s without the ${ingest.startupSeconds.toFixed(1)} s the command takes to start and stop). Outcomes: ${Object.entries(
        ingest.outcomes,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}. ${fixed(ingest.db.statements / ingest.letters, 1)} SQL statements per letter.`,
      '',
    );
  }
  lines.push(...targetsSection(report));
  if (report.profile) {
    lines.push(
      '## Where our server spends its time (Q1, uncached, `node --cpu-prof`)',
      '',
      `Self time over ${(report.profile.totalMs / 1000).toFixed(1)} s of profile.`,
      '',
      '| package / area | self % |',
      '|---|---:|',
      ...report.profile.packages.map((entry) => `| ${entry.name} | ${entry.selfPercent.toFixed(1)} |`),
      '',
      '| function | where | self % |',
      '|---|---|---:|',
      ...report.profile.functions.map((entry) => `| ${entry.name} | ${entry.where} | ${entry.selfPercent.toFixed(1)} |`),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
