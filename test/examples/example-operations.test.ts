import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { AuthorityPageDocument, LetterSearchDocument, RatingDistributionByRegionDocument } from '../../examples/generated/graphql';
import { loadBundledLetters } from '../helpers/load-letters';
import { useTestServer, type TestServer } from '../helpers/test-server';

/** What a frontend's typed client does: send a typed document, get typed data back. */
async function execute<TData, TVariables>(
  api: TestServer,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const response = await api.graphql<TData>(print(document), variables as Record<string, unknown>);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as TData;
}

describe('the example operations against a live server', () => {
  const api = useTestServer('sqlite', {
    seed: async () => {
      await loadBundledLetters(api.database.dataSource);
    },
    setupTimeout: 60_000,
  });

  it("the frontend's council page", async () => {
    const data = await execute(api, AuthorityPageDocument, { laCode: '800' });
    expect(data.authority?.name).toBe('Bath and North East Somerset Council');
    const [apa, rating] = data.authority?.assessments ?? [];
    expect(apa).toMatchObject({ kind: 'ANNUAL_PERFORMANCE_ASSESSMENT', year: 2006, overallGrade: 3 });
    expect(apa.outcomeAreas).toHaveLength(6);
    expect(rating).toMatchObject({ kind: 'ANNUAL_RATING', year: 2009, overallJudgement: 'Performs well' });
    expect(rating.settingJudgements.map((judgement) => judgement.setting)).toContain('FOSTERING_SERVICE');
  });

  it("the aggregator's distribution", async () => {
    const data = await execute(api, RatingDistributionByRegionDocument, { year: 2009 });
    const southWest = data.ratingDistribution.find((bucket) => bucket.key === 'South West');
    // Bath and North East Somerset and Dorset, both rated 3 (performs well)
    expect(southWest?.grades.find((grade) => grade.grade === 3)?.count).toBe(2);
    expect(data.ratingDistribution.reduce((sum, bucket) => sum + bucket.total - bucket.unassessed, 0)).toBe(4);
  });

  it("the analyst's search", async () => {
    const data = await execute(api, LetterSearchDocument, { text: 'private fostering' });
    expect(data.search.totalCount).toBeGreaterThan(0);
    for (const edge of data.search.edges) expect(edge.node.highlighted).toMatch(/<mark>private<\/mark>/i);
  });
});
