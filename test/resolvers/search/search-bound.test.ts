import { MAX_RANKED_MATCHES } from '../../../src/resolvers/search/search-passages';
import { loadBundledLetters, loadSyntheticRatings } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { search, searchAllPages } from './search-fixtures';
import { passagesContainingAll } from './search-oracle';

/** A word in more passages of the test letters than a search ranks. */
const COMMON_WORD = 'good';

describe.each(ENGINES)('a search matching more passages than it ranks, on %s', (engine) => {
  const server = useTestServer(engine, {
    seed: async () => {
      await loadBundledLetters(server.database.dataSource);
      await loadSyntheticRatings(server.database.dataSource);
    },
    setupTimeout: 180_000,
  });

  it(`ranks the first ${MAX_RANKED_MATCHES} matches, counts them, and pages through each of them once`, async () => {
    const everyMatch = await passagesContainingAll(server.database.dataSource, [COMMON_WORD]);
    expect(everyMatch.length).toBeGreaterThan(MAX_RANKED_MATCHES);

    expect((await search(server, { text: COMMON_WORD, first: 0 })).totalCount).toBe(MAX_RANKED_MATCHES);
    const hits = (await searchAllPages(server, { text: COMMON_WORD, first: 100 })).flat();
    expect(hits).toHaveLength(MAX_RANKED_MATCHES);
    const keys = hits.map((hit) => `${hit.assessment.id}|${hit.passage}`);
    const found = new Set(everyMatch);
    expect(keys.filter((key) => !found.has(key))).toEqual([]);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
