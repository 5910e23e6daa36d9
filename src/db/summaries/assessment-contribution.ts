import type { EntityManager } from 'typeorm';
import { ANY_SOURCE } from './summary-tables';

/** What one stored assessment adds to the summary tables, read from its rows. */
export interface AssessmentContribution {
  year: number;
  kind: string;
  region: string;
  authorityKind: string;
  overallGrade: number;
  /** Whether the authority existed on the year's population day (1 November). */
  inPopulation: boolean;
  /** Whether the parser read the letter completely (`assessment.complete`): each row it counts in says how many were not. */
  complete: boolean;
  settingJudgements: ContributedJudgement[];
}

export interface ContributedJudgement {
  setting: string;
  judgement: string;
  source: string;
  count: number | null;
  total: number | null;
  /** The fraction the letter stated ("half" -> 0.5), rounded to two places as the parser gives it. */
  proportion: number | null;
}

/** How many of a stated total a judgement counts: its count, or its stated fraction of the total. */
function countOfTotal(judged: ContributedJudgement): number | null {
  if (judged.total === null) return null;
  if (judged.count !== null) return judged.count;
  return judged.proportion === null ? null : Math.round(judged.proportion * judged.total);
}

interface ContributionRow {
  year: number | string;
  kind: string;
  region: string;
  authority_kind: string;
  overall_grade: number | string;
  in_population: number | string;
  complete: number | string | boolean;
  setting: string | null;
  judgement: string | null;
  source: string | null;
  count: number | string | null;
  total: number | string | null;
  proportion: number | string | null;
}

/** SQL that builds the population day of the year in `yearColumn` as ISO text (which both engines compare with a DATE in day order). */
export function populationDaySql(engine: 'mysql' | 'sqlite', yearColumn: string): string {
  return engine === 'mysql' ? `CONCAT(${yearColumn}, '-11-01')` : `(${yearColumn} || '-11-01')`;
}

/** SQL true when the authority aliased `alias` existed on the day given by `daySql`. */
export function existedOnSql(alias: string, daySql: string): string {
  return (
    `((${alias}.established_on IS NULL OR ${alias}.established_on <= ${daySql}) ` +
    `AND (${alias}.abolished_on IS NULL OR ${alias}.abolished_on > ${daySql}))`
  );
}

/**
 * Reads one assessment's contribution (its grade, its authority's bucket and its setting
 * judgements) in one statement, inside the caller's transaction; null when it is not stored.
 */
export async function readAssessmentContribution(manager: EntityManager, assessmentId: number): Promise<AssessmentContribution | null> {
  const engine = manager.connection.options.type === 'mysql' ? 'mysql' : 'sqlite';
  const rows: ContributionRow[] = await manager.query(
    `SELECT /* summary-contribution */ assessment.year, assessment.kind, authority.region, authority.kind AS authority_kind,
       assessment.overall_grade,
       CASE WHEN ${existedOnSql('authority', populationDaySql(engine, 'assessment.year'))} THEN 1 ELSE 0 END AS in_population,
       assessment.complete,
       judged.setting, judged.judgement, judged.source, judged.count, judged.total, judged.proportion
     FROM assessment
     INNER JOIN authority ON authority.id = assessment.authority_id
     LEFT JOIN setting_judgement judged ON judged.assessment_id = assessment.id
     WHERE assessment.id = ?`,
    [assessmentId],
  );
  if (rows.length === 0) return null;
  const first = rows[0];
  return {
    year: Number(first.year),
    kind: first.kind,
    region: first.region,
    authorityKind: first.authority_kind,
    overallGrade: Number(first.overall_grade),
    inPopulation: Number(first.in_population) === 1,
    // TINYINT(1) on MariaDB and an integer on SQLite: 1 or 0, whichever type the driver gives it as.
    complete: Number(first.complete) === 1,
    settingJudgements: rows
      .filter((row) => row.setting !== null)
      .map((row) => ({
        setting: String(row.setting),
        judgement: String(row.judgement),
        source: String(row.source),
        count: row.count === null ? null : Number(row.count),
        total: row.total === null ? null : Number(row.total),
        proportion: row.proportion === null ? null : Number(row.proportion),
      })),
  };
}

/** One summary row's key values (in the table's key order) and the amounts to add to its counts. */
export interface SummaryDelta {
  key: (string | number)[];
  counts: number[];
}

/** The deltas for each delta-maintained table, by a string of the key. */
export interface SummaryDeltas {
  grades: Map<string, SummaryDelta>;
  settingCoverage: Map<string, SummaryDelta>;
  settingJudgements: Map<string, SummaryDelta>;
}

export function emptyDeltas(): SummaryDeltas {
  return { grades: new Map(), settingCoverage: new Map(), settingJudgements: new Map() };
}

function add(table: Map<string, SummaryDelta>, key: (string | number)[], counts: number[], sign: 1 | -1): void {
  const id = JSON.stringify(key);
  const delta = table.get(id) ?? { key, counts: counts.map(() => 0) };
  counts.forEach((value, index) => (delta.counts[index] += sign * value));
  table.set(id, delta);
}

/**
 * Adds (sign 1) or takes away (sign -1) one assessment's contribution. The counts follow the
 * column order of SUMMARY_COUNTS. A setting judgement counts under its own source and under
 * ANY_SOURCE; an assessment counts once per setting, source filter and judgement however many
 * times its letter repeats it, and wherever it counts as an assessment it also counts as an
 * incomplete one when its letter was not read completely. A replacement takes the old
 * contribution away and adds the new, so a new letter that is read completely where the old
 * one was not (or the other way round) moves the incomplete counts with it.
 */
export function addContribution(deltas: SummaryDeltas, contribution: AssessmentContribution, sign: 1 | -1): void {
  const bucket = [contribution.year, contribution.kind, contribution.region, contribution.authorityKind];
  const grade = contribution.overallGrade;
  const incomplete = contribution.complete ? 0 : 1;
  add(
    deltas.grades,
    bucket,
    [
      1,
      contribution.inPopulation ? 0 : 1,
      grade,
      grade === 1 ? 1 : 0,
      grade === 2 ? 1 : 0,
      grade === 3 ? 1 : 0,
      grade === 4 ? 1 : 0,
      incomplete,
    ],
    sign,
  );
  const perJudgement = new Map<
    string,
    { key: (string | number)[]; mentions: number; numbered: number; count: number; total: number; stated: number; statedHundredths: number }
  >();
  const covered = new Map<string, (string | number)[]>();
  for (const judged of contribution.settingJudgements) {
    for (const sourceFilter of [ANY_SOURCE, judged.source]) {
      const coverageKey = [...bucket, judged.setting, sourceFilter];
      covered.set(JSON.stringify(coverageKey), coverageKey);
      const key = [...coverageKey, judged.judgement];
      const id = JSON.stringify(key);
      const entry = perJudgement.get(id) ?? { key, mentions: 0, numbered: 0, count: 0, total: 0, stated: 0, statedHundredths: 0 };
      entry.mentions += 1;
      // A count of a stated total, or a fraction of one ("half of the 18" counts as 9 of 18).
      const counted = countOfTotal(judged);
      if (counted !== null && judged.total !== null) {
        entry.numbered += 1;
        entry.count += counted;
        entry.total += judged.total;
      }
      if (judged.proportion !== null) {
        entry.stated += 1;
        entry.statedHundredths += Math.round(judged.proportion * 100);
      }
      perJudgement.set(id, entry);
    }
  }
  for (const key of covered.values()) add(deltas.settingCoverage, key, [1, incomplete], sign);
  for (const entry of perJudgement.values()) {
    add(
      deltas.settingJudgements,
      entry.key,
      [entry.mentions, 1, entry.numbered, entry.count, entry.total, entry.stated, entry.statedHundredths, incomplete],
      sign,
    );
  }
}
