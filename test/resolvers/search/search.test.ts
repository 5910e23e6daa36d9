import { Assessment } from '../../../src/entities/index';
import { loadBundledLetters, loadSyntheticRatings } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { type HitNode, search, SEARCH_QUERY, searchAllPages } from './search-fixtures';
import { passagesContainingAll } from './search-oracle';

const BATH = 'Bath and North East Somerset Council';

function keysOf(hits: HitNode[]): string[] {
  return hits.map((hit) => `${hit.assessment.id}|${hit.passage}`).sort();
}

function markedWords(hit: HitNode): string[] {
  return hit.matches.map(({ start, end }) => hit.passage.slice(start, end));
}

describe.each(ENGINES)('search on %s', (engine) => {
  const server = useTestServer(engine, {
    seed: async () => {
      await loadBundledLetters(server.database.dataSource);
      await loadSyntheticRatings(server.database.dataSource);
    },
    setupTimeout: 180_000,
  });

  async function searchError(text: string, extra: Record<string, unknown> = {}) {
    const response = await server.graphql(SEARCH_QUERY, { text, ...extra });
    expect(response.body.data ?? null).toBeNull();
    return response.body.errors?.[0];
  }

  describe('finds words of the real letters', () => {
    it('"CAMHS": only in the 2006 APA letter for Bath, in narrative, area for improvement and aspect for focus', async () => {
      const page = await search(server, { text: 'CAMHS', first: 20 });
      expect(page.totalCount).toBe(4);
      expect(new Set(page.edges.map((edge) => edge.node.authority.name))).toEqual(new Set([BATH]));
      expect(new Set(page.edges.map((edge) => edge.node.assessment.year))).toEqual(new Set([2006]));
      expect(page.edges.map((edge) => edge.node)).toContainEqual(
        expect.objectContaining({
          passage: 'reduction in CAMHS service waiting lists',
          passageKind: 'AREA_FOR_IMPROVEMENT',
          outcomeArea: 'BEING_HEALTHY',
          highlighted: 'reduction in <mark>CAMHS</mark> service waiting lists',
        }),
      );
      expect(new Set(page.edges.map((edge) => edge.node.passageKind))).toEqual(
        new Set(['OUTCOME_NARRATIVE', 'AREA_FOR_IMPROVEMENT', 'ASPECT_FOR_FOCUS']),
      );
    });

    it('"pupil referral units": the setting evidence of Worcestershire, Kent and every letter made from Kent\'s', async () => {
      const hits = (await searchAllPages(server, { text: 'pupil referral units', first: 100 })).flat();
      const worcestershire = hits.find((hit) => hit.authority.name === 'Worcestershire County Council');
      expect(worcestershire).toMatchObject({
        passage: 'Two of the nine pupil referral units are outstanding, four are good and three are adequate.',
        highlighted:
          'Two of the nine <mark>pupil</mark> <mark>referral</mark> <mark>units</mark> are outstanding, four are good and three are adequate.',
        passageKind: 'SETTING_EVIDENCE',
        outcomeArea: null,
        assessment: { year: 2009, kind: 'ANNUAL_RATING' },
      });
      const ratedIn2009 = await server.database.dataSource.getRepository(Assessment).countBy({ year: 2009 });
      // Bath's letter says "pupil referral unit", which does not contain "units"; Dorset's says nothing of them.
      expect(new Set(hits.map((hit) => hit.assessment.id)).size).toBe(ratedIn2009 - 2);
    });

    it.each(['fostering', 'pupil referral units', 'CAMHS', 'looked after children', 'foster adopt', 'Safeguarding GOOD', 'café'])(
      '%j finds exactly the passages containing every word, on this engine as computed without an index',
      async (text) => {
        const hits = (await searchAllPages(server, { text, first: 100 })).flat();
        const words = text.toLowerCase().replace('é', 'e').split(' ');
        expect(keysOf(hits)).toEqual(await passagesContainingAll(server.database.dataSource, words));
      },
    );
  });

  it('requires all words (AND), each as a word prefix', async () => {
    const fostering = (await searchAllPages(server, { text: 'fostering', first: 100 })).flat();
    const both = (await searchAllPages(server, { text: 'fostering adequate', first: 100 })).flat();
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(fostering.length);
    for (const hit of both) {
      const marked = markedWords(hit).map((word) => word.toLowerCase());
      expect(marked.some((word) => word.startsWith('fostering'))).toBe(true);
      expect(marked.some((word) => word.startsWith('adequate'))).toBe(true);
    }
    const prefix = (await searchAllPages(server, { text: 'foster', first: 100 })).flat();
    expect(prefix.length).toBeGreaterThan(fostering.length);
    expect(prefix.some((hit) => markedWords(hit).includes('foster'))).toBe(true);
  });

  describe('filter', () => {
    it('by year and kind', async () => {
      const hits = (await searchAllPages(server, { text: 'children', first: 100, filter: { year: 2006 } })).flat();
      expect(hits.length).toBeGreaterThan(5);
      expect(new Set(hits.map((hit) => `${hit.assessment.kind} ${hit.assessment.year}`))).toEqual(
        new Set(['ANNUAL_PERFORMANCE_ASSESSMENT 2006']),
      );
      const ratings = await search(server, { text: 'children', first: 0, filter: { kind: 'ANNUAL_RATING' } });
      const all = await search(server, { text: 'children', first: 0 });
      expect(ratings.totalCount + hits.length).toBe(all.totalCount);
    });

    it('by region and authority', async () => {
      const southWest = (await searchAllPages(server, { text: 'fostering', first: 100, filter: { region: 'South West' } })).flat();
      expect(southWest.length).toBeGreaterThan(0);
      expect(new Set(southWest.map((hit) => hit.authority.region))).toEqual(new Set(['South West']));
      expect(southWest.map((hit) => hit.authority.name)).toContain(BATH);

      const bathId = southWest.find((hit) => hit.authority.name === BATH)?.authority.id;
      const bath = (await searchAllPages(server, { text: 'fostering', first: 100, filter: { authorityId: bathId } })).flat();
      expect(new Set(bath.map((hit) => hit.authority.name))).toEqual(new Set([BATH]));
      expect(new Set(bath.map((hit) => hit.assessment.year))).toEqual(new Set([2006, 2009]));
    });

    it('by passage kind, combined with the others', async () => {
      const hits = (
        await searchAllPages(server, {
          text: 'fostering',
          first: 100,
          filter: { passageKind: 'OUTCOME_NARRATIVE', year: 2006, region: 'South West' },
        })
      ).flat();
      expect(hits.map((hit) => [hit.passageKind, hit.outcomeArea, hit.authority.name])).toEqual([
        ['OUTCOME_NARRATIVE', 'STAYING_SAFE', BATH],
      ]);
    });

    it('rejects an authority id that is not an id', async () => {
      const error = await searchError('fostering', { filter: { authorityId: 'kent' } });
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('marks matched words identically in `matches` and `highlighted`, escaping the rest', async () => {
    const hits = (await searchAllPages(server, { text: "children's homes", first: 100 })).flat();
    expect(hits.length).toBeGreaterThan(100);
    for (const hit of hits) {
      expect(hit.matches.length).toBeGreaterThanOrEqual(2);
      for (const word of markedWords(hit)) expect(word.toLowerCase()).toMatch(/^(children|homes)/);
      let rebuilt = '';
      let from = 0;
      for (const { start, end } of hit.matches) {
        rebuilt += `${hit.passage.slice(from, start)}<mark>${hit.passage.slice(start, end)}</mark>`;
        from = end;
      }
      rebuilt += hit.passage.slice(from);
      expect(hit.highlighted).toBe(rebuilt.replaceAll("'", '&apos;'));
    }
    expect(hits.map((hit) => hit.highlighted)).toContain(
      'Only half the <mark>children</mark>&apos;s <mark>homes</mark> in the area are good however, although none are inadequate.',
    );
  });

  it('pages through every hit once, most relevant first', async () => {
    const { totalCount } = await search(server, { text: 'fostering adoption', first: 0 });
    expect(totalCount).toBeGreaterThan(100);
    const whole = (await searchAllPages(server, { text: 'fostering adoption', first: 100 })).flat();
    const pages = await searchAllPages(server, { text: 'fostering adoption', first: 7 });
    const paged = pages.flat();
    expect(pages.length).toBe(Math.ceil(totalCount / 7));
    expect(paged.length).toBe(totalCount);
    expect(new Set(paged.map((hit) => `${hit.assessment.id}|${hit.passage}`)).size).toBe(totalCount);
    expect(paged.map((hit) => [hit.assessment.id, hit.passage])).toEqual(whole.map((hit) => [hit.assessment.id, hit.passage]));
    const scores = paged.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const first = await search(server, { text: 'fostering adoption', first: 7 });
    const second = await search(server, { text: 'fostering adoption', first: 7, after: first.pageInfo.endCursor });
    expect([first.pageInfo.hasPreviousPage, second.pageInfo.hasPreviousPage]).toEqual([false, true]);
  });

  it('rejects a cursor it did not make', async () => {
    const error = await searchError('fostering', { after: 'not-a-cursor' });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('input that looks like search syntax or SQL is plain words', () => {
    it.each([
      ['fostering*', 'fostering'],
      ['-fostering', 'fostering'],
      ['"fostering', 'fostering'],
      ['(fostering) OR', 'fostering'],
      ['pupil NEAR referral', 'pupil near referral'],
    ])('%j searches for %j', async (typed, plain) => {
      const hits = (await searchAllPages(server, { text: typed, first: 100 })).flat();
      expect(keysOf(hits)).toEqual(keysOf((await searchAllPages(server, { text: plain, first: 100 })).flat()));
    });

    it.each(['"foo" OR bar*', "'; DROP TABLE assessment; --", 'NEAR(', 'fostering" OR "1"="1'])('%j runs as words', async (text) => {
      const response = await server.graphql(SEARCH_QUERY, { text, first: 5 });
      expect(response.body.errors).toBeUndefined();
    });

    it('"NEAR(" finds words starting with "near", and the tables survive', async () => {
      const hits = (await searchAllPages(server, { text: 'NEAR(', first: 100 })).flat();
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(markedWords(hit).some((word) => /^near/i.test(word))).toBe(true);
      expect(await server.database.dataSource.getRepository(Assessment).count()).toBeGreaterThan(150);
    });

    it.each(['', '   ', '-', '*', '""', "'; --"])('%j is BAD_USER_INPUT: no words', async (text) => {
      const error = await searchError(text);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text' });
    });

    it('only stopwords and short words is BAD_USER_INPUT, naming them', async () => {
      const error = await searchError('to be or at the');
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain('to, be, or, at, the');
    });

    it('a text over 500 characters or a page over 100 hits is BAD_USER_INPUT', async () => {
      expect((await searchError('fostering '.repeat(51)))?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await searchError('fostering', { first: 101 }))?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('short words and stopwords beside real words are ignored, not matched', async () => {
      const withNoise = (await searchAllPages(server, { text: 'the fostering of a', first: 100 })).flat();
      expect(keysOf(withNoise)).toEqual(keysOf((await searchAllPages(server, { text: 'fostering', first: 100 })).flat()));
    });
  });

  it('sends the same number of SQL statements for 5 hits as for 50, nested fields batched', async () => {
    const query = `query ($first: Int) {
      search(text: "pupil referral units", first: $first) {
        totalCount
        edges { node { passage authority { name } assessment { year authority { laCode } } } }
      }
    }`;
    const counts: number[] = [];
    for (const first of [5, 50]) {
      server.statements.reset();
      const response = await server.graphql<{ search: { edges: unknown[] } }>(query, { first });
      expect(response.body.data?.search.edges).toHaveLength(first);
      counts.push(server.statements.count);
    }
    expect(counts[0]).toBe(counts[1]);
    // The page, its count, the assessments and the authorities: one statement each.
    expect(counts[0]).toBe(4);
  });

  it('is cached briefly: ingest changes what it finds', async () => {
    const response = await server.graphql(SEARCH_QUERY, { text: 'fostering', first: 1 });
    expect(response.headers.get('cache-control')).toMatch(/max-age=60\b/);
  });
});
