import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';

interface AuthorityNode {
  id: string;
  name: string;
  laCode: string;
  region: string;
  kind: string;
}

interface AuthoritiesData {
  authorities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: AuthorityNode }>;
  };
}

const AUTHORITIES = /* GraphQL */ `
  query Authorities($first: Int, $after: String, $filter: AuthorityFilter, $orderBy: AuthorityOrder) {
    authorities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          laCode
          region
          kind
        }
      }
    }
  }
`;

describe.each(ENGINES)('authorities on %s', (engine) => {
  const api = useTestServer(engine);

  async function authorities(variables: Record<string, unknown>): Promise<AuthoritiesData['authorities']> {
    const response = await api.graphql<AuthoritiesData>(AUTHORITIES, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.authorities;
  }

  it('lists the 152 authorities of 2009, and the two abolished that April on request', async () => {
    expect((await authorities({ first: 0 })).totalCount).toBe(152);
    const all = await authorities({ first: 200, filter: { includeAbolished: true } });
    expect(all.totalCount).toBe(154);
    expect(all.edges.map((edge) => edge.node.laCode)).toEqual(expect.arrayContaining(['820', '875']));
  });

  it('walks all pages with cursors, in name order, without repeats or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: AuthoritiesData['authorities'] = await authorities({ first: 40, after, filter: { includeAbolished: true } });
      seen.push(...page.edges.map((edge) => edge.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(154);
    expect(new Set(seen).size).toBe(154);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('orders by DfE code descending', async () => {
    const page = await authorities({ first: 3, orderBy: { field: 'LA_CODE', direction: 'DESC' } });
    expect(page.edges.map((edge) => edge.node.laCode)).toEqual(['938', '937', '936']);
  });

  it('filters by region, kind, name and codes together', async () => {
    const southEastCounties = await authorities({ first: 100, filter: { region: 'South East', kind: 'COUNTY' } });
    expect(southEastCounties.edges.map((edge) => edge.node.name)).toContain('Kent County Council');
    expect(southEastCounties.edges.every((edge) => edge.node.region === 'South East' && edge.node.kind === 'COUNTY')).toBe(true);

    const byName = await authorities({ filter: { nameContains: 'KENSINGTON' } });
    expect(byName.edges.map((edge) => edge.node.name)).toEqual(['Royal Borough of Kensington and Chelsea']);

    const byCodes = await authorities({ filter: { laCodes: ['886', '835', '999'] }, orderBy: { field: 'LA_CODE' } });
    expect(byCodes.edges.map((edge) => edge.node.name)).toEqual(['Dorset County Council', 'Kent County Council']);
  });

  it('treats LIKE wildcards in nameContains as plain characters', async () => {
    expect((await authorities({ filter: { nameContains: '%' } })).totalCount).toBe(0);
    expect((await authorities({ filter: { nameContains: '_' } })).totalCount).toBe(0);
  });

  it('finds one authority by id, DfE code or any spelling of its name', async () => {
    const query = /* GraphQL */ `
      query One($id: ID, $laCode: String, $name: String) {
        authority(id: $id, laCode: $laCode, name: $name) {
          id
          name
          laCode
          onsCode
          region
          kind
          statisticalNeighbours {
            laCode
          }
        }
      }
    `;
    const byCode = await api.graphql<{ authority: AuthorityNode & { onsCode: string; statisticalNeighbours: Array<{ laCode: string }> } }>(
      query,
      { laCode: '835' },
    );
    const dorset = byCode.body.data!.authority;
    expect(dorset).toMatchObject({ name: 'Dorset County Council', onsCode: 'E10000009', region: 'South West', kind: 'COUNTY' });
    expect(dorset.statisticalNeighbours).toHaveLength(10);

    const byId = await api.graphql<{ authority: AuthorityNode }>(query, { id: dorset.id });
    expect(byId.body.data!.authority.laCode).toBe('835');

    for (const name of ['Bath & North East Somerset Council', 'bath and north east somerset', 'Bath and North East Somerset Council']) {
      const byName = await api.graphql<{ authority: AuthorityNode }>(query, { name });
      expect(byName.body.data!.authority.laCode).toBe('800');
    }
    const bedfordshire = await api.graphql<{ authority: AuthorityNode }>(query, { name: 'Bedfordshire County Council' });
    expect(bedfordshire.body.data!.authority).toMatchObject({ laCode: '820', region: 'East of England', kind: 'COUNTY' });
    const unknown = await api.graphql<{ authority: AuthorityNode | null }>(query, { laCode: '999' });
    expect(unknown.body.data!.authority).toBeNull();
  });

  it('rejects bad arguments with BAD_USER_INPUT instead of failing', async () => {
    const both = await api.graphql('{ authority(id: "1", laCode: "886") { name } }');
    expect(both.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await api.graphql('{ authority(id: "abc") { name } }');
    expect(badId.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await api.graphql('{ authorities(after: "nonsense") { totalCount } }');
    expect(badCursor.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await api.graphql('{ authorities(first: 100000) { totalCount } }');
    expect(tooMany.body.errors?.[0].message).toMatch(/Argument Validation Error/);
  });
});
