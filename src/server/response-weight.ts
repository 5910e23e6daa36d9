/**
 * What one field adds to a query's cost beyond the one unit every field costs: the size of the
 * text it returns and the SQL statements it sends on its own. The query cost multiplies these
 * by how many times the field appears in the answer, so the cost follows the bytes and the
 * statements a response takes, not only its number of objects.
 */

/**
 * Text fields by size class, in cost units (one unit is about one short scalar, a few dozen
 * bytes). A whole letter is tens of kilobytes: 10,000 `_entities` representations asking for
 * every assessment's letter text cost a few hundred objects by count but would answer with
 * hundreds of megabytes.
 */
export const TEXT_FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  // a whole letter: typically 10-30 KB
  'SourceLetter.text': 500,
  // a paragraph: up to a few KB
  'Assessment.summary': 20,
  'OutcomeArea.narrative': 20,
  'SettingJudgement.evidence': 5,
  'SearchHit.passage': 5,
  'SearchHit.highlighted': 5,
  // lists of sentences
  'OutcomeArea.strengths': 10,
  'OutcomeArea.areasForImprovement': 10,
  // the whole schema's SDL, for a router's composition
  '_Service.sdl': 500,
};

/**
 * SQL statements each occurrence of a root field sends by itself. These fields are not
 * batched across aliases: `a: search(...) b: search(...)` runs the search twice, so 1,000
 * aliases would send 2,000 statements. Root fields missing here (authority, assessment,
 * ratingDistribution, `_entities`) go through the request's DataLoaders and cost no more per
 * alias. A test counts the statements and checks this table against them.
 */
export const ROOT_FIELD_STATEMENTS: Readonly<Record<string, number>> = {
  'Query.search': 2,
  'Query.settingJudgementSummary': 2,
  'Query.assessments': 2,
  'Query.authorities': 2,
};

/**
 * Cost units of one SQL statement: with the default limit of 300,000, one request can send at
 * most 150 statements of its own however it aliases, so a few such requests at once cannot
 * queue every other request behind them on the connection pool.
 */
export const STATEMENT_WEIGHT = 2_000;

/** What one occurrence of `parentType.fieldName` costs by itself, before its selection. */
export function ownWeight(parentType: string, fieldName: string): number {
  const key = `${parentType}.${fieldName}`;
  return 1 + (TEXT_FIELD_WEIGHTS[key] ?? 0) + (ROOT_FIELD_STATEMENTS[key] ?? 0) * STATEMENT_WEIGHT;
}
