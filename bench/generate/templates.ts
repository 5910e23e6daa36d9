import { existsSync } from 'node:fs';
import path from 'node:path';
import { adminConnection, cliIngest, createMigratedDatabase, PROJECT_ROOT, type ServerUrl } from '../db';

/** A passage row as the ingest wrote it. */
export interface PassageTemplate {
  kind: string;
  area: string | null;
  text: string;
}

export interface OutcomeTemplate {
  area: string;
  grade: number;
  judgement: string;
  narrative: string;
  strengths: string;
  areasForImprovement: string;
  passages: PassageTemplate[];
}

export interface SettingTemplate {
  setting: string;
  judgement: string;
  count: number | null;
  total: number | null;
  proportion: number | null;
  source: string;
  evidence: string;
}

/** One real letter as the ingest stored it: the source of every synthetic assessment. */
export interface LetterTemplate {
  kind: string;
  year: number;
  publishedOn: string;
  overallGrade: number;
  capacityToImproveGrade: number | null;
  socialCareGrade: number | null;
  summary: string;
  recipientName: string | null;
  recipientRole: string | null;
  /** The parse's warnings as the ingest stored them (JSON), and whether the parse was complete. */
  warnings: string;
  complete: number;
  authorityName: string;
  authorityShortName: string;
  text: string;
  outcomes: OutcomeTemplate[];
  settings: SettingTemplate[];
  /** Passages outside the outcome areas (summary sentences, setting evidence, aspects for focus), in order. */
  letterPassages: PassageTemplate[];
}

/** The letters the templates come from: the five bundled real letters and the parser's variant fixtures. */
export function templateSources(): string[] {
  return [path.join(PROJECT_ROOT, 'letters'), path.join(PROJECT_ROOT, 'test', 'fixtures', 'letters', 'variants')].filter((dir) =>
    existsSync(dir),
  );
}

const TEMPLATE_DATABASE = 'ofsted_bench_templates';

/**
 * Ingests the real letters through `ofsted-graph ingest` into a scratch database and reads back
 * what the ingest wrote (assessments, outcome areas, setting judgements, passages, letter texts),
 * so that synthetic rows are shaped exactly as the ingest shapes them.
 */
export async function loadTemplates(server: ServerUrl): Promise<LetterTemplate[]> {
  await createMigratedDatabase(server, TEMPLATE_DATABASE);
  await cliIngest(server, TEMPLATE_DATABASE, templateSources());
  const db = await adminConnection(server, TEMPLATE_DATABASE);
  try {
    const [assessments] = (await db.query(
      `SELECT a.id, a.kind, a.year, a.published_on, a.overall_grade, a.capacity_to_improve_grade, a.social_care_grade, a.summary,
              a.recipient_name, a.recipient_role, a.warnings, a.complete, au.name AS authority_name, au.short_name, l.text
         FROM assessment a JOIN authority au ON au.id = a.authority_id JOIN source_letter l ON l.id = a.source_letter_id
        ORDER BY a.id`,
    )) as unknown as [Array<Record<string, unknown>>];
    const [outcomes] = (await db.query('SELECT * FROM outcome_area ORDER BY id')) as unknown as [Array<Record<string, unknown>>];
    const [settings] = (await db.query('SELECT * FROM setting_judgement ORDER BY assessment_id, position')) as unknown as [
      Array<Record<string, unknown>>,
    ];
    const [passages] = (await db.query('SELECT * FROM letter_passage ORDER BY assessment_id, position')) as unknown as [
      Array<Record<string, unknown>>,
    ];
    return assessments.map((row) => {
      const id = Number(row.id);
      const own = passages.filter((passage) => Number(passage.assessment_id) === id);
      const toPassage = (passage: Record<string, unknown>): PassageTemplate => ({
        kind: String(passage.kind),
        area: passage.area === null ? null : String(passage.area),
        text: String(passage.text),
      });
      return {
        kind: String(row.kind),
        year: Number(row.year),
        publishedOn: String(row.published_on),
        overallGrade: Number(row.overall_grade),
        capacityToImproveGrade: row.capacity_to_improve_grade === null ? null : Number(row.capacity_to_improve_grade),
        socialCareGrade: row.social_care_grade === null ? null : Number(row.social_care_grade),
        summary: String(row.summary),
        recipientName: row.recipient_name === null ? null : String(row.recipient_name),
        recipientRole: row.recipient_role === null ? null : String(row.recipient_role),
        warnings: String(row.warnings),
        complete: Number(row.complete),
        authorityName: String(row.authority_name),
        authorityShortName: String(row.short_name),
        text: String(row.text),
        outcomes: outcomes
          .filter((outcome) => Number(outcome.assessment_id) === id)
          .map((outcome) => ({
            area: String(outcome.area),
            grade: Number(outcome.grade),
            judgement: String(outcome.judgement),
            narrative: String(outcome.narrative),
            strengths: String(outcome.strengths),
            areasForImprovement: String(outcome.areas_for_improvement),
            passages: own.filter((passage) => passage.area === outcome.area).map(toPassage),
          })),
        settings: settings
          .filter((setting) => Number(setting.assessment_id) === id)
          .map((setting) => ({
            setting: String(setting.setting),
            judgement: String(setting.judgement),
            count: setting.count === null ? null : Number(setting.count),
            total: setting.total === null ? null : Number(setting.total),
            proportion: setting.proportion === null ? null : Number(setting.proportion),
            source: String(setting.source),
            evidence: String(setting.evidence),
          })),
        letterPassages: own.filter((passage) => passage.area === null).map(toPassage),
      };
    });
  } finally {
    await db.end();
    const admin = await adminConnection(server);
    await admin.query(`DROP DATABASE IF EXISTS \`${TEMPLATE_DATABASE}\``);
    await admin.end();
  }
}
