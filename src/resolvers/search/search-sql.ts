import { MROONGA_TABLE, type SearchIndex } from '../../db/mroonga-search';

/**
 * Full-text query strings for the two engines. The words come from `searchWords`, so they hold
 * only letters and digits; each expression is still bound as a parameter, never spliced into SQL.
 */

/** MariaDB boolean mode: every word required (`+`), each as a prefix (`*`). */
export function booleanModeExpression(words: readonly string[]): string {
  return words.map((word) => `+${word}*`).join(' ');
}

/**
 * Mroonga (Groonga query syntax in boolean mode): the `*D+` pragma makes every word required,
 * each word is a prefix (`*`). The words hold only letters and digits, so none is an operator
 * (Groonga's `OR` is upper case; words are folded to lower case).
 */
export function mroongaExpression(words: readonly string[]): string {
  return `*D+ ${words.map((word) => `${word}*`).join(' ')}`;
}

/** FTS5: quoted prefix terms joined by spaces, which FTS5 reads as AND. */
export function fts5Expression(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}

/**
 * The engine-specific parts of a search: where the rows come from, how they are matched and
 * scored. Scores are higher for better hits on every index, but their scale is the index's own:
 * InnoDB's boolean-mode MATCH relevance, Mroonga's (Groonga's) score, or FTS5's bm25 negated.
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

function mroongaSearchSql(words: readonly string[]): EngineSearchSql {
  const expression = mroongaExpression(words);
  return {
    // Joined to letter_passage so that only committed, current passages match (see src/db/mroonga-search.ts).
    from: `${MROONGA_TABLE} mroonga JOIN letter_passage passage ON passage.id = mroonga.id ${JOINS}`,
    match: 'MATCH (mroonga.text) AGAINST (? IN BOOLEAN MODE)',
    score: 'MATCH (mroonga.text) AGAINST (? IN BOOLEAN MODE)',
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

/** The search SQL for a full-text index: SQLite FTS5, MariaDB's Mroonga or InnoDB FULLTEXT. */
export function engineSearchSql(index: SearchIndex, words: readonly string[]): EngineSearchSql {
  switch (index) {
    case 'fts5':
      return sqliteSearchSql(words);
    case 'mroonga':
      return mroongaSearchSql(words);
    case 'innodb':
      return mysqlSearchSql(words);
  }
}
