import { DEFAULT_REQUEST_LIMITS } from '../../src/config';
import { loadBundledLetters } from '../helpers/load-letters';
import { ENGINES } from '../helpers/test-database';
import { useTestServer } from '../helpers/test-server';

/** The shape of the benchmark's Q1: a page of authorities with everything short below them, no long texts. */
const PAGE_WITHOUT_TEXTS = /* GraphQL */ `
  query Page {
    authorities(first: 200, filter: { includeAbolished: true }) {
      edges {
        node {
          id
          laCode
          name
          region
          kind
          assessments {
            id
            kind
            year
            publishedOn
            overallGrade
            capacityToImproveGrade
            socialCareGrade
            outcomeAreas {
              area
              grade
              judgement
            }
            settingJudgements {
              setting
              judgement
              count
              total
              proportion
              source
            }
          }
        }
      }
    }
  }
`;

/** The same page asking for every long text too. */
const PAGE_WITH_TEXTS = /* GraphQL */ `
  query PageWithTexts {
    authorities(first: 200, filter: { includeAbolished: true }) {
      edges {
        node {
          assessments {
            summary
            outcomeAreas {
              narrative
              strengths
              areasForImprovement
            }
            settingJudgements {
              evidence
            }
            sourceLetter {
              text
            }
          }
        }
      }
    }
  }
`;

/** Long columns (MEDIUMTEXT on MariaDB): letters, summaries, narratives, evidence, lists as JSON. */
const LONG_COLUMNS = ['summary', 'narrative', 'strengths', 'areas_for_improvement', 'evidence', 'text'];

/** The long columns a statement names (quoted as either engine quotes them). */
function longColumnsIn(statement: string): string[] {
  return LONG_COLUMNS.filter((column) => new RegExp(`[\`"]${column}[\`"]`).test(statement));
}

describe.each(ENGINES)('columns read for a selection, on %s', (engine) => {
  const api = useTestServer(engine, {
    seed: (server) => loadBundledLetters(server.database.dataSource),
    // A page of every authority with every long text weighs more than the default cost limit allows.
    limits: { ...DEFAULT_REQUEST_LIMITS, maxCost: 10_000_000 },
  });

  async function statementsOf(query: string): Promise<string[]> {
    api.statements.reset();
    const response = await api.graphql(query);
    expect(response.body.errors).toBeUndefined();
    return [...api.statements.statements];
  }

  it('reads no long text for a page that selects none, in the same four statements', async () => {
    const statements = await statementsOf(PAGE_WITHOUT_TEXTS);
    expect(statements).toHaveLength(4);
    expect(statements.flatMap(longColumnsIn)).toEqual([]);
  });

  it('reads each long text only in the statement of the type that selects it', async () => {
    const statements = await statementsOf(PAGE_WITH_TEXTS);
    const byTable = (table: string) => statements.filter((statement) => new RegExp(`FROM [\`"]${table}[\`"]`).test(statement));
    expect(byTable('assessment').flatMap(longColumnsIn)).toEqual(['summary']);
    expect(byTable('outcome_area').flatMap(longColumnsIn)).toEqual(['narrative', 'strengths', 'areas_for_improvement']);
    expect(byTable('setting_judgement').flatMap(longColumnsIn)).toEqual(['evidence']);
    expect(byTable('source_letter').flatMap(longColumnsIn)).toEqual(['text']);
  });

  it('reads no long text of an assessment whose revisions are selected', async () => {
    const query = /* GraphQL */ `
      {
        authority(laCode: "886") {
          assessments {
            year
            revisions {
              number
              overallGrade
            }
          }
        }
      }
    `;
    const statements = await statementsOf(query);
    const assessmentReads = statements.filter((statement) => /FROM [`"]assessment[`"]/.test(statement));
    expect(assessmentReads).toHaveLength(1);
    expect(longColumnsIn(assessmentReads[0])).toEqual([]);
  });

  it('reads the union of what two selections at one depth ask for, in one statement', async () => {
    const query = /* GraphQL */ `
      {
        a: authority(laCode: "886") {
          assessments {
            year
          }
        }
        b: authority(laCode: "835") {
          assessments {
            summary
          }
        }
      }
    `;
    const statements = await statementsOf(query);
    const assessmentReads = statements.filter((statement) => /FROM [`"]assessment[`"]/.test(statement));
    expect(assessmentReads).toHaveLength(1);
    expect(longColumnsIn(assessmentReads[0])).toEqual(['summary']);
  });

  it('reads a row again, in one more statement, when a deeper selection needs a long column it lacks', async () => {
    const query = /* GraphQL */ `
      {
        authority(laCode: "835") {
          assessments {
            year
            authority {
              assessments {
                summary
              }
            }
          }
        }
      }
    `;
    const response = await api.graphql<{
      authority: { assessments: Array<{ year: number; authority: { assessments: Array<{ summary: string }> } }> };
    }>(query);
    expect(response.body.errors).toBeUndefined();
    const nested = response.body.data!.authority.assessments.flatMap((assessment) => assessment.authority.assessments);
    expect(nested.length).toBeGreaterThan(0);
    for (const assessment of nested) expect(assessment.summary.length).toBeGreaterThan(20);
  });
});
