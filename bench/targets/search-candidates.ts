/**
 * The comparators' search SQL: the product's (src/resolvers/search), the first 1,000 matches
 * ranked, on the same full-text index the product chooses, Mroonga where the database has its
 * table and the plugin is loaded, InnoDB FULLTEXT otherwise, so that every server answers alike.
 */

type Query = (sql: string, values?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** Whether the product's search uses Mroonga on this database (see src/db/mroonga-search.ts). */
export async function usesMroonga(query: Query): Promise<boolean> {
  const rows = await query(
    `SELECT 1 FROM information_schema.ENGINES e JOIN information_schema.TABLES t
        ON t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = 'letter_passage_mroonga' AND t.ENGINE = 'Mroonga'
      WHERE e.ENGINE = 'Mroonga' AND e.SUPPORT IN ('YES', 'DEFAULT')`,
  );
  return rows.length > 0;
}

/** The derived table `candidate (id, score)` and its two parameters, for words of 3 letters or more. */
export function searchCandidates(mroonga: boolean, text: string): { sql: string; values: string[] } {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
  if (mroonga) {
    const expression = `*D+ ${words.map((word) => `${word}*`).join(' ')}`;
    return {
      sql: `SELECT mroonga.id, MATCH (mroonga.text) AGAINST (? IN BOOLEAN MODE) AS score
              FROM letter_passage_mroonga mroonga JOIN letter_passage p ON p.id = mroonga.id
             WHERE MATCH (mroonga.text) AGAINST (? IN BOOLEAN MODE) LIMIT 1000`,
      values: [expression, expression],
    };
  }
  const expression = words.map((word) => `+${word}*`).join(' ');
  return {
    sql: `SELECT id, MATCH (text) AGAINST (? IN BOOLEAN MODE) AS score FROM letter_passage
           WHERE MATCH (text) AGAINST (? IN BOOLEAN MODE) LIMIT 1000`,
    values: [expression, expression],
  };
}
