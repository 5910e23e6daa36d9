import { AuthorityEstablishedOn1732000000200 } from '../../../src/db/migrations/1732000000200-authority-established-on';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';

const DATES = /* GraphQL */ `
  query Dates($laCodes: [String!]) {
    authorities(first: 200, filter: { laCodes: $laCodes, includeAbolished: true }) {
      edges {
        node {
          laCode
          establishedOn
          abolishedOn
        }
      }
    }
  }
`;

interface Dates {
  laCode: string;
  establishedOn: string | null;
  abolishedOn: string | null;
}

describe.each(ENGINES)('Authority.establishedOn and its migration on %s', (engine) => {
  const api = useTestServer(engine);

  /** The dates of some authorities (all of them by default), by DfE code. */
  async function dates(laCodes?: string[]): Promise<Dates[]> {
    const response = await api.graphql<{ authorities: { edges: Array<{ node: Dates }> } }>(DATES, { laCodes });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.authorities.edges.map(({ node }) => node).sort((left, right) => left.laCode.localeCompare(right.laCode));
  }

  it('dates the four councils created on 1 April 2009, and no other', async () => {
    expect(await dates(['820', '822', '823', '875', '895', '896', '886'])).toEqual([
      { laCode: '820', establishedOn: null, abolishedOn: '2009-04-01' },
      { laCode: '822', establishedOn: '2009-04-01', abolishedOn: null },
      { laCode: '823', establishedOn: '2009-04-01', abolishedOn: null },
      { laCode: '875', establishedOn: null, abolishedOn: '2009-04-01' },
      { laCode: '886', establishedOn: null, abolishedOn: null },
      { laCode: '895', establishedOn: '2009-04-01', abolishedOn: null },
      { laCode: '896', establishedOn: '2009-04-01', abolishedOn: null },
    ]);
    const all = await dates();
    expect(all).toHaveLength(154);
    expect(all.filter((authority) => authority.establishedOn !== null).map((authority) => authority.laCode)).toEqual([
      '822',
      '823',
      '895',
      '896',
    ]);
  });

  it('undoes itself and fills the same dates again', async () => {
    const before = await dates();
    const migration = new AuthorityEstablishedOn1732000000200();
    const queryRunner = api.database.dataSource.createQueryRunner();
    try {
      await migration.down(queryRunner);
      expect((await queryRunner.getTable('authority'))?.findColumnByName('established_on')).toBeUndefined();
      await migration.up(queryRunner);
      expect((await queryRunner.getTable('authority'))?.findColumnByName('established_on')).toMatchObject({ isNullable: true });
    } finally {
      await queryRunner.release();
    }
    expect(await dates()).toEqual(before);
  });
});
