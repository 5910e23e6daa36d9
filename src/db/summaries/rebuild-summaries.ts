import type { EntityManager } from 'typeorm';
import { databaseEngine } from '../database-engine';
import { existedOnSql, populationDaySql } from './assessment-contribution';
import { ANY_SOURCE, SUMMARY_TABLE } from './summary-tables';

/** SQL true for an assessment whose letter was not read completely (a boolean column: 0 or 1 on both engines). */
const INCOMPLETE = 'assessment.complete = 0';

/** How many rows each summary table holds after a rebuild. */
export type SummaryRowCounts = Record<keyof typeof SUMMARY_TABLE, number>;

/**
 * Recounts every summary table from the authority, assessment and setting judgement rows,
 * inside the caller's transaction: what `ofsted-graph rebuild-summaries` and the migration that
 * creates the tables run. Needed after rows are written other than through ingest (a bulk load,
 * a change to the reference authorities).
 */
export async function rebuildSummaries(manager: EntityManager): Promise<SummaryRowCounts> {
  const engine = databaseEngine(manager.connection);
  const day = populationDaySql(engine, 'assessment.year');
  for (const table of Object.values(SUMMARY_TABLE)) await manager.query(`DELETE FROM ${table}`);
  await manager.query(
    `INSERT /* summary-rebuild */ INTO ${SUMMARY_TABLE.population} (region, authority_kind, established_on, abolished_on, authorities)
     SELECT region, kind, established_on, abolished_on, COUNT(*) FROM authority GROUP BY region, kind, established_on, abolished_on`,
  );
  await manager.query(
    `INSERT /* summary-rebuild */ INTO ${SUMMARY_TABLE.grades}
       (year, kind, region, authority_kind, assessed, outside_population, grade_sum, grade_1, grade_2, grade_3, grade_4, incomplete)
     SELECT assessment.year, assessment.kind, authority.region, authority.kind, COUNT(*),
       SUM(CASE WHEN ${existedOnSql('authority', day)} THEN 0 ELSE 1 END), SUM(assessment.overall_grade),
       SUM(CASE WHEN assessment.overall_grade = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN assessment.overall_grade = 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN assessment.overall_grade = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN assessment.overall_grade = 4 THEN 1 ELSE 0 END),
       SUM(CASE WHEN ${INCOMPLETE} THEN 1 ELSE 0 END)
     FROM assessment INNER JOIN authority ON authority.id = assessment.authority_id
     GROUP BY assessment.year, assessment.kind, authority.region, authority.kind`,
  );
  // Each judgement counts under its own source and under ANY_SOURCE: the judged rows are read twice.
  const judged = `(SELECT assessment_id, setting, judgement, count, total, proportion, source AS source_filter FROM setting_judgement
      UNION ALL SELECT assessment_id, setting, judgement, count, total, proportion, '${ANY_SOURCE}' FROM setting_judgement) judged`;
  const bucket = 'assessment.year, assessment.kind, authority.region, authority.kind';
  const joins = `INNER JOIN assessment ON assessment.id = judged.assessment_id INNER JOIN authority ON authority.id = assessment.authority_id`;
  // Distinct assessments again: a letter that repeats a judgement is one incomplete assessment, as it is one assessment.
  const incompleteJudged = `COUNT(DISTINCT CASE WHEN ${INCOMPLETE} THEN judged.assessment_id END)`;
  await manager.query(
    `INSERT /* summary-rebuild */ INTO ${SUMMARY_TABLE.settingCoverage}
       (year, kind, region, authority_kind, setting, source_filter, assessments, incomplete)
     SELECT ${bucket}, judged.setting, judged.source_filter, COUNT(DISTINCT judged.assessment_id), ${incompleteJudged}
     FROM ${judged} ${joins}
     GROUP BY ${bucket}, judged.setting, judged.source_filter`,
  );
  // The same rule as the ingest deltas: a count of a stated total, or a fraction of one ("half of the 18" counts as 9 of 18).
  const numbered = 'judged.total IS NOT NULL AND (judged.count IS NOT NULL OR judged.proportion IS NOT NULL)';
  const countOfTotal = 'COALESCE(judged.count, ROUND(judged.proportion * judged.total))';
  await manager.query(
    `INSERT /* summary-rebuild */ INTO ${SUMMARY_TABLE.settingJudgements}
       (year, kind, region, authority_kind, setting, source_filter, judgement, mentions, assessments, numbered, summed_count, summed_total,
        stated, stated_hundredths, incomplete)
     SELECT ${bucket}, judged.setting, judged.source_filter, judged.judgement, COUNT(*), COUNT(DISTINCT judged.assessment_id),
       SUM(CASE WHEN ${numbered} THEN 1 ELSE 0 END), COALESCE(SUM(CASE WHEN ${numbered} THEN ${countOfTotal} END), 0),
       COALESCE(SUM(CASE WHEN ${numbered} THEN judged.total END), 0),
       SUM(CASE WHEN judged.proportion IS NOT NULL THEN 1 ELSE 0 END),
       COALESCE(SUM(CASE WHEN judged.proportion IS NOT NULL THEN ROUND(judged.proportion * 100) END), 0), ${incompleteJudged}
     FROM ${judged} ${joins}
     GROUP BY ${bucket}, judged.setting, judged.source_filter, judged.judgement`,
  );
  const counts = {} as SummaryRowCounts;
  for (const [name, table] of Object.entries(SUMMARY_TABLE) as [keyof typeof SUMMARY_TABLE, string][]) {
    const [row] = (await manager.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[];
    counts[name] = Number(row.n);
  }
  return counts;
}
