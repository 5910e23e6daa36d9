import type { DataSource } from 'typeorm';
import type { Area } from '../../domain/enums';
import type { PassageKind } from '../../domain/enums';
import { engineSearchSql } from './search-sql';
import { searchIndexOf } from '../../db/mroonga-search';
import type { AssessmentKind } from '../../domain/enums';

/** What a search may be narrowed to; every given condition must hold. */
export interface SearchConditions {
  year?: number | null;
  kind?: AssessmentKind | null;
  region?: string | null;
  authorityId?: number | null;
  passageKind?: PassageKind | null;
}

/** SQL conditions with their bound values, over the aliases `passage`, `assessment` and `authority`. */
export interface SqlConditions {
  sql: string[];
  parameters: Array<string | number>;
}

/** The WHERE conditions for a search's filter: fixed SQL text, the user's values only as parameters. */
export function conditionsSql(conditions: SearchConditions): SqlConditions {
  const sql: string[] = [];
  const parameters: Array<string | number> = [];
  const add = (condition: string, value: string | number | null | undefined): void => {
    if (value === undefined || value === null) return;
    sql.push(condition);
    parameters.push(value);
  };
  add('assessment.year = ?', conditions.year);
  add('assessment.kind = ?', conditions.kind);
  add('authority.region = ?', conditions.region);
  add('assessment.authority_id = ?', conditions.authorityId);
  add('passage.kind = ?', conditions.passageKind);
  return { sql, parameters };
}

/** One matching passage, with the ids its authority and assessment are loaded by. */
export interface PassageMatch {
  passageId: number;
  assessmentId: number;
  authorityId: number;
  kind: PassageKind;
  area: Area | null;
  text: string;
  score: number;
}

export interface SearchRequest {
  words: readonly string[];
  conditions: SearchConditions;
  offset: number;
  limit: number;
}

interface MatchRow {
  passageId: number | string;
  assessmentId: number | string;
  authorityId: number | string;
  kind: PassageKind;
  area: Area | null;
  text: string;
  score: number | string;
}

/**
 * The most matching passages a search ranks. Neither full-text index can hand back its best
 * matches without reading every matching row: MariaDB's InnoDB index ranks boolean-mode matches
 * but returns them in document order, so ordering by relevance fetches every match from the
 * table (at a hundred times the real letters, 54,000 rows and 5 s for one common word). A search
 * therefore takes the first matches in the order the passages were stored, up to this many,
 * and ranks those; the real letters give a common word about 550 matches, well within it.
 */
export const MAX_RANKED_MATCHES = 1_000;

/**
 * The candidates of a search, as a derived table `candidate (id, score)`: the first
 * {@link MAX_RANKED_MATCHES} passages matching every word and the filter, with their relevance.
 * Without an ORDER BY both engines stop reading after that many, so the work is bounded
 * however many passages match.
 */
async function candidatesSql(dataSource: DataSource, request: Pick<SearchRequest, 'words' | 'conditions'>) {
  const engine = engineSearchSql(await searchIndexOf(dataSource), request.words);
  const filter = conditionsSql(request.conditions);
  const where = [engine.match, ...filter.sql].join(' AND ');
  return {
    sql: `SELECT passage.id AS id, ${engine.score} AS score FROM ${engine.from} WHERE ${where} LIMIT ${MAX_RANKED_MATCHES}`,
    parameters: [...engine.scoreParameters, engine.matchParameter, ...filter.parameters],
  };
}

/**
 * One page of passages matching every word, most relevant first, ties broken by passage id so
 * the order is total and pages never repeat or skip a hit. Only the page's rows are joined to
 * their texts and assessments, after ranking. One SQL statement.
 */
export async function searchPassages(dataSource: DataSource, request: SearchRequest): Promise<PassageMatch[]> {
  const candidates = await candidatesSql(dataSource, request);
  const rows = (await dataSource.query(
    `SELECT passage.id AS passageId, passage.assessment_id AS assessmentId, assessment.authority_id AS authorityId,
       passage.kind AS kind, passage.area AS area, passage.text AS text, candidate.score AS score
     FROM (${candidates.sql}) candidate
     JOIN letter_passage passage ON passage.id = candidate.id
     JOIN assessment ON assessment.id = passage.assessment_id
     ORDER BY candidate.score DESC, candidate.id ASC
     LIMIT ? OFFSET ?`,
    [...candidates.parameters, request.limit, request.offset],
  )) as MatchRow[];
  return rows.map((row) => ({
    passageId: Number(row.passageId),
    assessmentId: Number(row.assessmentId),
    authorityId: Number(row.authorityId),
    kind: row.kind,
    area: row.area,
    text: row.text,
    score: Number(row.score),
  }));
}

/**
 * How many passages match every word and the filter, across all pages: at most
 * {@link MAX_RANKED_MATCHES}, the passages a search ranks. One SQL statement.
 */
export async function countPassages(dataSource: DataSource, request: Pick<SearchRequest, 'words' | 'conditions'>): Promise<number> {
  const candidates = await candidatesSql(dataSource, request);
  const rows = (await dataSource.query(`SELECT COUNT(*) AS total FROM (${candidates.sql}) candidate`, candidates.parameters)) as Array<{
    total: number | string;
  }>;
  return Number(rows[0]?.total ?? 0);
}
