import { createHash } from 'node:crypto';
import type mysql from 'mysql2/promise';
import { adminConnection, rebuildSummaries, createMigratedDatabase, migrateDatabase, type ServerUrl } from '../db';
import { Random } from './random';
import type { LetterTemplate, OutcomeTemplate, PassageTemplate } from './templates';

/**
 * How a scale multiplies the real record. x1 is the record itself: every authority of the
 * reference data with one letter per year it existed for (APA 2005-2008, annual rating 2009):
 * 148 x 5 + 4 new councils x 1 (2009) + 2 abolished councils x 4 (2005-2008) = 752 assessments.
 * xN adds N - 1 synthetic copies of every authority (same region, kind, dates and neighbour
 * pattern, a name and DfE code of their own), each with its own letters: N times the
 * authorities, assessments, outcome areas, judgements, letters and passages. Growth by more
 * authorities, not more years per authority, keeps one authority's page (Q2) the same size while
 * lists, aggregates and search grow, as a larger record would.
 */
export interface ScaleShape {
  name: string;
  copies: number;
}

export function parseScale(name: string): ScaleShape {
  const match = /^x(\d+)$/.exec(name);
  if (!match || Number(match[1]) < 1) throw new Error(`A scale is x1, x10, x100, ...: got "${name}"`);
  return { name, copies: Number(match[1]) };
}

export function databaseFor(scale: ScaleShape): string {
  return `ofsted_bench_${scale.name}`;
}

interface AuthorityRow {
  id: number;
  laCode: string;
  name: string;
  shortName: string;
  onsCode: string | null;
  region: string;
  kind: string;
  abolishedOn: string | null;
  establishedOn: string | null;
}

export interface GenerationReport {
  database: string;
  seconds: number;
  rows: Record<string, number>;
  letterBytes: number;
  passageBytes: number;
}

/** Long letters (the one real APA letter of 18 KB) are chosen for this share of outcome areas, the short variants for the rest. */
const LONG_APA_WEIGHT = 0.65;
/** APA grade mix: outstanding, good, adequate, inadequate. */
const GRADE_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [4, 0.12],
  [3, 0.48],
  [2, 0.33],
  [1, 0.07],
];
const APA_WORDS: Record<number, string> = { 4: 'outstanding', 3: 'good', 2: 'adequate', 1: 'inadequate' };
/** Rows are written in multi-row INSERTs of about this many bytes (max_allowed_packet is 16 MiB by default). */
const BATCH_BYTES = 4 * 1024 * 1024;

/** Buffers rows of one table and writes them as multi-row INSERTs. */
class TableWriter {
  private rows: unknown[][] = [];
  private bytes = 0;
  count = 0;
  constructor(
    private readonly db: mysql.Connection,
    private readonly table: string,
    private readonly columns: string[],
    private readonly pending: Array<Promise<unknown>>,
  ) {}

  add(row: unknown[]): void {
    this.rows.push(row);
    this.count += 1;
    for (const value of row) this.bytes += typeof value === 'string' ? value.length + 4 : 8;
    if (this.bytes >= BATCH_BYTES) this.flush();
  }

  flush(): void {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    this.bytes = 0;
    this.pending.push(this.db.query(`INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ?`, [rows]));
  }
}

function syntheticCode(index: number): string {
  // Real DfE codes are three digits; synthetic ones start with a letter: A00 ... Z zz (33,696 codes).
  const letter = String.fromCharCode(65 + Math.floor(index / 1296));
  return letter + (index % 1296).toString(36).padStart(2, '0').toUpperCase();
}

function yearsOf(authority: AuthorityRow): number[] {
  if (authority.establishedOn !== null && authority.establishedOn > '2008-11-01') return [2009];
  if (authority.abolishedOn !== null && authority.abolishedOn <= '2009-11-01') return [2005, 2006, 2007, 2008];
  return [2005, 2006, 2007, 2008, 2009];
}

/** Replaces a template authority's names with another's. */
function renamer(template: LetterTemplate, authority: AuthorityRow): (text: string) => string {
  const pairs: Array<[string, string]> = [
    [template.authorityName, authority.name],
    [template.authorityShortName, authority.shortName],
  ];
  return (text) => {
    let result = text;
    for (const [from, to] of pairs) if (from !== '' && result.includes(from)) result = result.split(from).join(to);
    return result;
  };
}

/**
 * Creates `ofsted_bench_xN`, migrates it with `ofsted-graph migrate` and fills it with seeded
 * synthetic letters built from the templates (see ScaleShape). Foreign key and unique checks
 * are off while loading and the FULLTEXT index is dropped and rebuilt once at the end (the
 * same index the migration creates), which is far faster than maintaining it row by row.
 */
export async function generateScale(
  server: ServerUrl,
  scale: ScaleShape,
  templates: LetterTemplate[],
  seed: number,
  log: (line: string) => void,
): Promise<GenerationReport> {
  const started = Date.now();
  const database = databaseFor(scale);
  await createMigratedDatabase(server, database);
  const db = await adminConnection(server, database);
  const random = new Random(seed);
  const apa = templates.filter((template) => template.kind === 'ANNUAL_PERFORMANCE_ASSESSMENT');
  const ratings = templates.filter((template) => template.kind === 'ANNUAL_RATING');
  const longest = apa.reduce((best, template) => (template.text.length > best.text.length ? template : best));
  const weightedApa: Array<readonly [LetterTemplate, number]> = apa.map((template) => [
    template,
    apa.length === 1 ? 1 : template === longest ? LONG_APA_WEIGHT : (1 - LONG_APA_WEIGHT) / (apa.length - 1),
  ]);

  try {
    await db.query('SET SESSION foreign_key_checks = 0, unique_checks = 0, sql_log_bin = 0');
    await db.query('ALTER TABLE letter_passage DROP INDEX ft_letter_passage_text');

    const [realRows] = (await db.query('SELECT * FROM authority ORDER BY id')) as unknown as [Array<Record<string, unknown>>];
    const real: AuthorityRow[] = realRows.map((row) => ({
      id: Number(row.id),
      laCode: String(row.la_code),
      name: String(row.name),
      shortName: String(row.short_name),
      onsCode: row.ons_code === null ? null : String(row.ons_code),
      region: String(row.region),
      kind: String(row.kind),
      abolishedOn: row.abolished_on === null ? null : String(row.abolished_on),
      establishedOn: row.established_on === null ? null : String(row.established_on),
    }));
    const [neighbourRows] = (await db.query('SELECT authority_id, neighbour_id, `rank` FROM statistical_neighbour')) as unknown as [
      Array<{ authority_id: number; neighbour_id: number; rank: number }>,
    ];
    const pending: Array<Promise<unknown>> = [];
    const writer = (table: string, columns: string[]) => new TableWriter(db, table, columns, pending);
    const authorities = writer('authority', [
      'id',
      'la_code',
      'name',
      'short_name',
      'ons_code',
      'region',
      'kind',
      'abolished_on',
      'established_on',
    ]);
    const neighbours = writer('statistical_neighbour', ['authority_id', 'neighbour_id', '`rank`']);
    const letters = writer('source_letter', [
      'id',
      'sha256',
      'file_name',
      'text',
      'byte_length',
      // What the answer byte budget charges for the text (src/domain/json-text-bytes.ts): its JSON size.
      'text_json_bytes',
      'ingested_at',
      'authority_id',
      'kind',
      'year',
    ]);
    const assessments = writer('assessment', [
      'id',
      'authority_id',
      'kind',
      'year',
      'published_on',
      'overall_grade',
      'capacity_to_improve_grade',
      'social_care_grade',
      'summary',
      'recipient_name',
      'recipient_role',
      'source_letter_id',
      'warnings',
      'complete',
    ]);
    const outcomes = writer('outcome_area', [
      'assessment_id',
      'area',
      'grade',
      'judgement',
      'narrative',
      'strengths',
      'areas_for_improvement',
    ]);
    const settings = writer('setting_judgement', [
      'assessment_id',
      'position',
      'setting',
      'judgement',
      'count',
      'total',
      'proportion',
      'source',
      'evidence',
    ]);
    const passages = writer('letter_passage', ['assessment_id', 'position', 'kind', 'area', 'text']);

    // Every authority of every copy: copy 0 is the real one, already migrated.
    const all: AuthorityRow[] = [...real];
    const maxId = Math.max(...real.map((row) => row.id));
    for (let copy = 1; copy < scale.copies; copy += 1) {
      for (const [index, origin] of real.entries()) {
        const serial = (copy - 1) * real.length + index;
        const row: AuthorityRow = {
          ...origin,
          id: maxId * copy + origin.id,
          laCode: syntheticCode(serial),
          name: `${origin.name} ${copy + 1}`,
          shortName: `${origin.shortName} ${copy + 1}`,
          onsCode: origin.onsCode === null ? null : `E99${String(serial).padStart(6, '0')}`,
        };
        all.push(row);
        authorities.add([
          row.id,
          row.laCode,
          row.name,
          row.shortName,
          row.onsCode,
          row.region,
          row.kind,
          row.abolishedOn,
          row.establishedOn,
        ]);
      }
      for (const link of neighbourRows) neighbours.add([maxId * copy + link.authority_id, maxId * copy + link.neighbour_id, link.rank]);
    }

    let assessmentId = 0;
    let letterBytes = 0;
    let passageBytes = 0;
    const shas = new Set<string>();
    for (const authority of all) {
      for (const year of yearsOf(authority)) {
        assessmentId += 1;
        const isRating = year === 2009;
        const base = isRating ? random.pick(ratings) : random.weighted(weightedApa);
        const rename = renamer(base, authority);
        let text = rename(base.text).split(String(base.year)).join(String(year));
        let sha = createHash('sha256').update(text).digest('hex');
        if (shas.has(sha)) {
          text += `\n\n${authority.laCode}/${year}/${assessmentId}\n`;
          sha = createHash('sha256').update(text).digest('hex');
        }
        shas.add(sha);
        const byteLength = Buffer.byteLength(text, 'utf8');
        letterBytes += byteLength;
        const ingestedAt = new Date(Date.UTC(2024, 0, 1) + assessmentId * 1000).toISOString().slice(0, 19).replace('T', ' ');
        letters.add([
          assessmentId,
          sha,
          `${authority.laCode}-${year}.txt`,
          text,
          byteLength,
          Buffer.byteLength(JSON.stringify(text)),
          ingestedAt,
          authority.id,
          base.kind,
          year,
        ]);

        const overall = isRating ? base.overallGrade : random.weighted(GRADE_WEIGHTS);
        assessments.add([
          assessmentId,
          authority.id,
          base.kind,
          year,
          `${year}${base.publishedOn.slice(4)}`,
          overall,
          isRating ? null : random.weighted(GRADE_WEIGHTS),
          isRating ? null : random.weighted(GRADE_WEIGHTS),
          rename(base.summary),
          base.recipientName,
          base.recipientRole,
          assessmentId,
          base.warnings,
          base.complete,
        ]);
        let position = 0;
        const addPassage = (passage: PassageTemplate, rewrite: (text: string) => string): void => {
          position += 1;
          const passageText = rewrite(passage.text);
          passageBytes += passageText.length;
          passages.add([assessmentId, position, passage.kind, passage.area, passageText]);
        };
        for (const passage of base.letterPassages) if (passage.kind !== 'ASPECT_FOR_FOCUS') addPassage(passage, rename);
        if (isRating) {
          for (const [index, setting] of base.settings.entries()) {
            settings.add([
              assessmentId,
              index + 1,
              setting.setting,
              setting.judgement,
              setting.count,
              setting.total,
              setting.proportion,
              setting.source,
              rename(setting.evidence),
            ]);
          }
        } else {
          // Each outcome area from a template chosen per area (mostly the long real letter), with a seeded grade.
          for (const area of base.outcomes.map((outcome) => outcome.area)) {
            const source = random.weighted(weightedApa);
            const outcome: OutcomeTemplate = source.outcomes.find((candidate) => candidate.area === area) ?? base.outcomes[0];
            const areaRename = renamer(source, authority);
            const grade = random.weighted(GRADE_WEIGHTS);
            const judgement = grade === outcome.grade ? outcome.judgement : APA_WORDS[grade];
            outcomes.add([
              assessmentId,
              area,
              grade,
              judgement,
              areaRename(outcome.narrative),
              areaRename(outcome.strengths),
              areaRename(outcome.areasForImprovement),
            ]);
            for (const passage of outcome.passages) addPassage(passage, areaRename);
          }
        }
        for (const passage of base.letterPassages) if (passage.kind === 'ASPECT_FOR_FOCUS') addPassage(passage, rename);
        if (pending.length > 8) await Promise.all(pending.splice(0));
      }
      if (authority.id % 500 === 0) log(`  ${scale.name}: ${assessmentId} assessments, ${passages.count} passages`);
    }
    for (const table of [authorities, neighbours, letters, assessments, outcomes, settings, passages]) table.flush();
    await Promise.all(pending.splice(0));
    log(`  ${scale.name}: rows written in ${((Date.now() - started) / 1000).toFixed(1)} s; building the FULLTEXT index`);
    await db.query('ALTER TABLE letter_passage ADD FULLTEXT KEY ft_letter_passage_text (text)');
    // The bulk INSERTs bypass ingest, which keeps the Mroonga search table (src/db/mroonga-search.ts).
    // Dropped, `migrate` makes it afresh where the plugin is loaded: rows first, then the index.
    await db.query('DROP TABLE IF EXISTS letter_passage_mroonga');
    log(`  ${scale.name}: the Mroonga search table, where the Mroonga plugin is loaded`);
    await migrateDatabase(server, database);
    await db.query(
      'ANALYZE TABLE authority, statistical_neighbour, source_letter, assessment, outcome_area, setting_judgement, letter_passage',
    );
    await rebuildSummaries(server, database);
    return {
      database,
      seconds: (Date.now() - started) / 1000,
      rows: {
        authority: all.length,
        statistical_neighbour: neighbourRows.length * scale.copies,
        source_letter: letters.count,
        assessment: assessments.count,
        outcome_area: outcomes.count,
        setting_judgement: settings.count,
        letter_passage: passages.count,
      },
      letterBytes,
      passageBytes,
    };
  } finally {
    await db.end();
  }
}

/** Whether a database already holds this scale's data (so `--reuse-data` can skip generating it). */
export async function scaleIsGenerated(server: ServerUrl, scale: ScaleShape, expectedAssessments: number): Promise<boolean> {
  const db = await adminConnection(server);
  try {
    const [rows] = (await db.query(
      `SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'assessment'`,
      [databaseFor(scale)],
    )) as unknown as [Array<{ TABLE_ROWS: number }>];
    if (rows.length === 0) return false;
    const [count] = (await db.query(`SELECT COUNT(*) AS n FROM \`${databaseFor(scale)}\`.assessment`)) as unknown as [Array<{ n: number }>];
    return Number(count[0].n) === expectedAssessments;
  } finally {
    await db.end();
  }
}

/** Assessments at a scale: 752 per copy of the reference authorities. */
export function expectedAssessments(scale: ScaleShape, perCopy = 752): number {
  return perCopy * scale.copies;
}
