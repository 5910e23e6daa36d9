/**
 * The maintained aggregate tables. Each row is a running sum for one bucket of authorities
 * (region and kind of authority) and one year and kind of letter, so an aggregate reads a few
 * dozen rows however many assessments are loaded. Ingest adds an assessment's contribution in
 * the transaction that writes it (see apply-summary-deltas.ts); `ofsted-graph rebuild-summaries`
 * recounts everything from the assessment rows. The tables are created by migration
 * 1732000000400 and given their `incomplete` columns by 1732000000700.
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

/**
 * The counted columns of each delta-maintained table: ingest adds to them, never sets them.
 * `incomplete` counts, among the assessments the row counts (`assessed` or `assessments`), those
 * whose letter the parser could not read completely (`assessment.complete` false), so an
 * aggregate can say how many of its assessments may have missed a statement.
 */
export const SUMMARY_COUNTS = {
  grades: ['assessed', 'outside_population', 'grade_sum', 'grade_1', 'grade_2', 'grade_3', 'grade_4', 'incomplete'],
  settingCoverage: ['assessments', 'incomplete'],
  settingJudgements: ['mentions', 'assessments', 'numbered', 'summed_count', 'summed_total', 'stated', 'stated_hundredths', 'incomplete'],
} as const;

export type SummaryTableName = keyof typeof SUMMARY_KEYS;
