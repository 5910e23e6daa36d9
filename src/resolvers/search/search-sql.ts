import type { DataSource } from 'typeorm';
import { databaseEngine } from '../../db/database-engine';

/**
 * Full-text query strings for the two engines. The words come from `searchWords`, so they hold
 * only letters and digits; each expression is still bound as a parameter, never spliced into SQL.
 */

/** MariaDB boolean mode: every word required (`+`), each as a prefix (`*`). */
export function booleanModeExpression(words: readonly string[]): string {
  return words.map((word) => `+${word}*`).join(' ');
}

/** FTS5: quoted prefix terms joined by spaces, which FTS5 reads as AND. */
export function fts5Expression(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}

/**
 * The engine-specific parts of a search: where the rows come from, how they are matched and
 * scored. Scores are higher for better hits on both engines, but their scale is the engine's own:
 * MariaDB's boolean-mode MATCH relevance, or FTS5's bm25 negated.
 */
export interface EngineSearchSql {
  /** FROM and JOINs, giving the aliases `passage`, `assessment` and `authority`. */
  from: string;
  /** The full-text condition, with one `?` for the match expression. */
  match: string;
  /** The score column, with as many `?` as `scoreParameters` returns. */
  score: string;
  matchParameter: string;
  scoreParameters: string[];
}

const JOINS = `JOIN assessment ON assessment.id = passage.assessment_id
  JOIN authority ON authority.id = assessment.authority_id`;

function mysqlSearchSql(words: readonly string[]): EngineSearchSql {
  const expression = booleanModeExpression(words);
  return {
    from: `letter_passage passage ${JOINS}`,
    match: 'MATCH (passage.text) AGAINST (? IN BOOLEAN MODE)',
    score: 'MATCH (passage.text) AGAINST (? IN BOOLEAN MODE)',
    matchParameter: expression,
    scoreParameters: [expression],
  };
}

function sqliteSearchSql(words: readonly string[]): EngineSearchSql {
  return {
    from: `letter_passage_fts JOIN letter_passage passage ON passage.id = letter_passage_fts.rowid ${JOINS}`,
    match: 'letter_passage_fts MATCH ?',
    // bm25 is lower for better matches; negated so that on both engines a higher score is better.
    score: '-bm25(letter_passage_fts)',
    matchParameter: fts5Expression(words),
    scoreParameters: [],
  };
}

/** The search SQL for the data source's engine: MySQL/MariaDB FULLTEXT or SQLite FTS5. */
export function engineSearchSql(dataSource: DataSource, words: readonly string[]): EngineSearchSql {
  return databaseEngine(dataSource) === 'mysql' ? mysqlSearchSql(words) : sqliteSearchSql(words);
}
