import { COLUMN_WIDTH } from '../../entities/column-widths';
import type { DatabaseEngine } from '../database-engine';

/**
 * The maintained aggregate tables. Each row is a running sum for one bucket of authorities
 * (region and kind of authority) and one year and kind of letter, so an aggregate reads a few
 * dozen rows however many assessments are loaded. Ingest adds an assessment's contribution in
 * the transaction that writes it (see apply-summary-deltas.ts); `ofsted-graph rebuild-summaries`
 * recounts everything from the assessment rows.
 */
export const SUMMARY_TABLE = {
  /** Authorities per region, kind of authority and the days they existed between: the populations. */
  population: 'summary_authority_population',
  /** Assessed authorities and their overall grades per year, kind of letter, region and kind of authority. */
  grades: 'summary_grade',
  /** Assessments judging a setting (from one source or any) per year, kind, region and kind of authority. */
  settingCoverage: 'summary_setting_coverage',
  /** Setting judgements per year, kind, region, kind of authority, setting, source filter and judgement. */
  settingJudgements: 'summary_setting_judgement',
} as const;

/** The source filter of a setting row that counts judgements from every source. */
export const ANY_SOURCE = 'ANY';

/** The columns each delta-maintained table is keyed by, in key order. */
export const SUMMARY_KEYS = {
  grades: ['year', 'kind', 'region', 'authority_kind'],
  settingCoverage: ['year', 'kind', 'region', 'authority_kind', 'setting', 'source_filter'],
  settingJudgements: ['year', 'kind', 'region', 'authority_kind', 'setting', 'source_filter', 'judgement'],
} as const;

/** The counted columns of each delta-maintained table: ingest adds to them, never sets them. */
export const SUMMARY_COUNTS = {
  grades: ['assessed', 'outside_population', 'grade_sum', 'grade_1', 'grade_2', 'grade_3', 'grade_4'],
  settingCoverage: ['assessments'],
  settingJudgements: ['mentions', 'assessments', 'numbered', 'summed_count', 'summed_total', 'stated', 'stated_hundredths'],
} as const;

export type SummaryTableName = keyof typeof SUMMARY_KEYS;

const W = COLUMN_WIDTH;

/** CREATE TABLE statements for one engine, in the widths the source columns have. */
export function createSummaryTableStatements(engine: DatabaseEngine): string[] {
  const int = engine === 'mysql' ? 'INT' : 'INTEGER';
  const big = engine === 'mysql' ? 'BIGINT' : 'INTEGER';
  const tail = engine === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin' : '';
  const id = engine === 'mysql' ? 'id INT NOT NULL AUTO_INCREMENT PRIMARY KEY' : 'id INTEGER PRIMARY KEY AUTOINCREMENT';
  const bucket = `year ${int} NOT NULL,
    kind VARCHAR(${W.assessment.kind}) NOT NULL,
    region VARCHAR(${W.authority.region}) NOT NULL,
    authority_kind VARCHAR(${W.authority.kind}) NOT NULL`;
  const setting = `setting VARCHAR(${W.settingJudgement.setting}) NOT NULL,
    source_filter VARCHAR(${W.settingJudgement.source}) NOT NULL`;
  const count = (name: string, type = int): string => `${name} ${type} NOT NULL DEFAULT 0`;
  return [
    `CREATE TABLE ${SUMMARY_TABLE.population} (
    ${id},
    region VARCHAR(${W.authority.region}) NOT NULL,
    authority_kind VARCHAR(${W.authority.kind}) NOT NULL,
    established_on DATE NULL,
    abolished_on DATE NULL,
    authorities ${int} NOT NULL
  )${tail}`,
    `CREATE TABLE ${SUMMARY_TABLE.grades} (
    ${bucket},
    ${SUMMARY_COUNTS.grades.map((name) => count(name)).join(',\n    ')},
    PRIMARY KEY (${SUMMARY_KEYS.grades.join(', ')})
  )${tail}`,
    `CREATE TABLE ${SUMMARY_TABLE.settingCoverage} (
    ${bucket},
    ${setting},
    ${count('assessments')},
    PRIMARY KEY (${SUMMARY_KEYS.settingCoverage.join(', ')})
  )${tail}`,
    `CREATE TABLE ${SUMMARY_TABLE.settingJudgements} (
    ${bucket},
    ${setting},
    judgement VARCHAR(${W.settingJudgement.judgement}) NOT NULL,
    ${count('mentions')},
    ${count('assessments')},
    ${count('numbered')},
    ${count('summed_count', big)},
    ${count('summed_total', big)},
    ${count('stated')},
    ${count('stated_hundredths', big)},
    PRIMARY KEY (${SUMMARY_KEYS.settingJudgements.join(', ')})
  )${tail}`,
  ];
}
