import { ROOT_FIELD_STATEMENTS } from '../../src/server/response-weight';
import { loadBundledLetters } from '../helpers/load-letters';
import { useTestServer } from '../helpers/test-server';

/** One occurrence of every root field that reads the database, with the smallest selection. */
const ROOT_FIELDS: Readonly<Record<string, string>> = {
  search: 'search(text: "fostering") { totalCount edges { node { passage } } }',
  settingJudgementSummary: 'settingJudgementSummary(setting: PUPIL_REFERRAL_UNITS, year: 2009) { key }',
  assessments: 'assessments(first: 2) { totalCount edges { node { id } } }',
  authorities: 'authorities(first: 2) { totalCount edges { node { id } } }',
  ratingDistribution: 'ratingDistribution(year: 2009, groupBy: REGION) { key }',
  authority: 'authority(laCode: "886") { id }',
  assessment: 'assessment(id: "1") { id }',
};

describe('statements per alias of each root field, as the query cost counts them', () => {
  const api = useTestServer('sqlite', {
    seed: async (server) => {
      await loadBundledLetters(server.database.dataSource);
    },
  });

  async function statementsFor(query: string): Promise<number> {
    api.statements.reset();
    const response = await api.graphql(query);
    expect(response.body.errors).toBeUndefined();
    return api.statements.count;
  }

  it.each(Object.entries(ROOT_FIELDS))('%s', async (name, field) => {
    const once = await statementsFor(`{ a: ${field} }`);
    const thrice = await statementsFor(`{ a: ${field} b: ${field} c: ${field} }`);
    expect((thrice - once) / 2).toBe(ROOT_FIELD_STATEMENTS[`Query.${name}`] ?? 0);
  });
});
