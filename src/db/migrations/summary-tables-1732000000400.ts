import type { QueryRunner } from 'typeorm';
import { databaseEngine } from '../database-engine';

/*
 * The summary tables exactly as migration AggregateSummaries1732000000400 creates and counts
 * them, written out here rather than taken from src/db/summaries: those modules describe the
 * tables as they are now, with columns later migrations add (and counts that read columns,
 * such as assessment.complete, that do not exist yet when this migration runs). A migration
 * must do the same whatever the code becomes later. The widths are those of
 * src/entities/column-widths.ts when the tables were created.
 */

/** The tables migration 400 creates, in creation order. */
export const SUMMARY_TABLES_1732000000400 = [
  'summary_authority_population',
  'summary_grade',
  'summary_setting_coverage',
  'summary_setting_judgement',
] as const;

function createStatements(engine: 'mysql' | 'sqlite'): string[] {
  const int = engine === 'mysql' ? 'INT' : 'INTEGER';
  const big = engine === 'mysql' ? 'BIGINT' : 'INTEGER';
  const tail = engine === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin' : '';
  const id = engine === 'mysql' ? 'id INT NOT NULL AUTO_INCREMENT PRIMARY KEY' : 'id INTEGER PRIMARY KEY AUTOINCREMENT';
  const bucket = `year ${int} NOT NULL,
    kind VARCHAR(40) NOT NULL,
    region VARCHAR(40) NOT NULL,
    authority_kind VARCHAR(24) NOT NULL`;
  const setting = `setting VARCHAR(48) NOT NULL,
    source_filter VARCHAR(24) NOT NULL`;
  const count = (name: string, type = int): string => `${name} ${type} NOT NULL DEFAULT 0`;
  return [
    `CREATE TABLE summary_authority_population (
    ${id},
    region VARCHAR(40) NOT NULL,
    authority_kind VARCHAR(24) NOT NULL,
    established_on DATE NULL,
    abolished_on DATE NULL,
    authorities ${int} NOT NULL
  )${tail}`,
    `CREATE TABLE summary_grade (
    ${bucket},
    ${['assessed', 'outside_population', 'grade_sum', 'grade_1', 'grade_2', 'grade_3', 'grade_4'].map((name) => count(name)).join(',\n    ')},
    PRIMARY KEY (year, kind, region, authority_kind)
  )${tail}`,
    `CREATE TABLE summary_setting_coverage (
    ${bucket},
    ${setting},
    ${count('assessments')},
    PRIMARY KEY (year, kind, region, authority_kind, setting, source_filter)
  )${tail}`,
    `CREATE TABLE summary_setting_judgement (
    ${bucket},
    ${setting},
    judgement VARCHAR(24) NOT NULL,
    ${count('mentions')},
    ${count('assessments')},
    ${count('numbered')},
    ${count('summed_count', big)},
    ${count('summed_total', big)},
    ${count('stated')},
    ${count('stated_hundredths', big)},
    PRIMARY KEY (year, kind, region, authority_kind, setting, source_filter, judgement)
  )${tail}`,
  ];
}

/** Creates the four summary tables and counts them from the rows already stored. */
export async function createSummaryTables1732000000400(queryRunner: QueryRunner): Promise<void> {
  const engine = databaseEngine(queryRunner.connection);
  for (const statement of createStatements(engine)) await queryRunner.query(statement);
  const day = engine === 'mysql' ? "CONCAT(assessment.year, '-11-01')" : "(assessment.year || '-11-01')";
  const existed =
    `((authority.established_on IS NULL OR authority.established_on <= ${day}) ` +
    `AND (authority.abolished_on IS NULL OR authority.abolished_on > ${day}))`;
  await queryRunner.query(
    `INSERT INTO summary_authority_population (region, authority_kind, established_on, abolished_on, authorities)
     SELECT region, kind, established_on, abolished_on, COUNT(*) FROM authority GROUP BY region, kind, established_on, abolished_on`,
  );
  await queryRunner.query(
    `INSERT INTO summary_grade (year, kind, region, authority_kind, assessed, outside_population, grade_sum, grade_1, grade_2, grade_3, grade_4)
     SELECT assessment.year, assessment.kind, authority.region, authority.kind, COUNT(*),
       SUM(CASE WHEN ${existed} THEN 0 ELSE 1 END), SUM(assessment.overall_grade),
       SUM(CASE WHEN assessment.overall_grade = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN assessment.overall_grade = 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN assessment.overall_grade = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN assessment.overall_grade = 4 THEN 1 ELSE 0 END)
     FROM assessment INNER JOIN authority ON authority.id = assessment.authority_id
     GROUP BY assessment.year, assessment.kind, authority.region, authority.kind`,
  );
  const judged = `(SELECT assessment_id, setting, judgement, count, total, proportion, source AS source_filter FROM setting_judgement
      UNION ALL SELECT assessment_id, setting, judgement, count, total, proportion, 'ANY' FROM setting_judgement) judged`;
  const bucket = 'assessment.year, assessment.kind, authority.region, authority.kind';
  const joins =
    'INNER JOIN assessment ON assessment.id = judged.assessment_id INNER JOIN authority ON authority.id = assessment.authority_id';
  await queryRunner.query(
    `INSERT INTO summary_setting_coverage (year, kind, region, authority_kind, setting, source_filter, assessments)
     SELECT ${bucket}, judged.setting, judged.source_filter, COUNT(DISTINCT judged.assessment_id)
     FROM ${judged} ${joins}
     GROUP BY ${bucket}, judged.setting, judged.source_filter`,
  );
  const numbered = 'judged.total IS NOT NULL AND (judged.count IS NOT NULL OR judged.proportion IS NOT NULL)';
  const countOfTotal = 'COALESCE(judged.count, ROUND(judged.proportion * judged.total))';
  await queryRunner.query(
    `INSERT INTO summary_setting_judgement
       (year, kind, region, authority_kind, setting, source_filter, judgement, mentions, assessments, numbered, summed_count, summed_total,
        stated, stated_hundredths)
     SELECT ${bucket}, judged.setting, judged.source_filter, judged.judgement, COUNT(*), COUNT(DISTINCT judged.assessment_id),
       SUM(CASE WHEN ${numbered} THEN 1 ELSE 0 END), COALESCE(SUM(CASE WHEN ${numbered} THEN ${countOfTotal} END), 0),
       COALESCE(SUM(CASE WHEN ${numbered} THEN judged.total END), 0),
       SUM(CASE WHEN judged.proportion IS NOT NULL THEN 1 ELSE 0 END),
       COALESCE(SUM(CASE WHEN judged.proportion IS NOT NULL THEN ROUND(judged.proportion * 100) END), 0)
     FROM ${judged} ${joins}
     GROUP BY ${bucket}, judged.setting, judged.source_filter, judged.judgement`,
  );
}
