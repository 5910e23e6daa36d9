import { MAX_BATCH_SIZE } from '../../../src/resolvers/batching';
import { referenceAuthorities } from '../../../src/reference/reference-authorities';
import { loadBundledLetters } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Authority {
        laCode
        name
        assessments {
          year
        }
      }
      ... on Assessment {
        year
        authority {
          laCode
        }
      }
    }
  }
`;

type EntitiesData = { _entities: Array<{ laCode?: string; name?: string; year?: number } | null> };

describe.each(ENGINES)('federation entity resolution on %s', (engine) => {
  const api = useTestServer(engine, {
    seed: async () => {
      await loadBundledLetters(api.database.dataSource);
    },
    setupTimeout: 60_000,
  });

  async function resolve(representations: object[]): Promise<{ statements: number; entities: EntitiesData['_entities'] }> {
    api.statements.reset();
    const response = await api.graphql<EntitiesData>(ENTITIES, { representations });
    expect(response.body.errors).toBeUndefined();
    return { statements: api.statements.count, entities: response.body.data!._entities };
  }

  it('serves its SDL on _service with both Authority keys', async () => {
    const response = await api.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = response.body.data!._service.sdl;
    expect(sdl).toMatch(/type Authority\s+@key\(fields: "id"\)\s+@key\(fields: "laCode"\)/);
    expect(sdl).toMatch(/type Assessment\s+@key\(fields: "id"\)/);
  });

  it('resolves 150 representations by laCode with the same statements as 3, in order', async () => {
    const codes = referenceAuthorities().map((authority) => authority.laCode);
    const few = await resolve(codes.slice(0, 3).map((laCode) => ({ __typename: 'Authority', laCode })));
    const many = await resolve(codes.slice(0, 150).map((laCode) => ({ __typename: 'Authority', laCode })));
    expect(many.entities.map((entity) => entity?.laCode)).toEqual(codes.slice(0, 150));
    // authorities by code, then their assessments
    expect(few.statements).toBe(2);
    expect(many.statements).toBe(few.statements);
  });

  it('splits a huge representation list into batches instead of exceeding the database parameter limit', async () => {
    const representations = Array.from({ length: 20_000 }, (_, index) => ({ __typename: 'Assessment', id: String(index + 1) }));
    const { statements, entities } = await resolve(representations);
    expect(entities).toHaveLength(20_000);
    expect(entities.filter((entity) => entity !== null)).toHaveLength(5);
    // 20 batches of assessments by id, then one for the authorities of the five that exist
    expect(statements).toBe(20_000 / MAX_BATCH_SIZE + 1);
  });

  it('answers a malformed representation with an error of its own and still resolves the others', async () => {
    const response = await api.graphql<EntitiesData>(ENTITIES, {
      representations: [
        { __typename: 'Authority', laCode: null },
        { __typename: 'Authority', laCode: '886' },
        { __typename: 'Authority', id: 'x'.repeat(5_000) },
        { __typename: 'Assessment' },
      ],
    });
    const entities = response.body.data?._entities;
    expect(entities?.[1]).toMatchObject({ laCode: '886', name: 'Kent County Council' });
    expect([entities?.[0], entities?.[2], entities?.[3]]).toEqual([null, null, null]);
    const errors = response.body.errors ?? [];
    expect(errors.map((error) => error.path)).toEqual([
      ['_entities', 0],
      ['_entities', 2],
      ['_entities', 3],
    ]);
    expect(errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    // The error quotes the bad id cut short rather than 5,000 characters of it.
    expect(errors[1].message.length).toBeLessThan(100);
  });

  it('resolves mixed keys and types, and null for unknown references', async () => {
    const kent = await api.graphql<{ authority: { id: string; assessments: Array<{ id: string }> } }>(
      '{ authority(laCode: "886") { id assessments { id } } }',
    );
    const { id, assessments } = kent.body.data!.authority;
    const { entities } = await resolve([
      { __typename: 'Authority', id },
      { __typename: 'Authority', laCode: '835' },
      { __typename: 'Assessment', id: assessments[0].id },
      { __typename: 'Authority', laCode: '999' },
    ]);
    expect(entities[0]).toMatchObject({ laCode: '886', name: 'Kent County Council' });
    expect(entities[1]).toMatchObject({ laCode: '835', name: 'Dorset County Council' });
    expect(entities[2]).toMatchObject({ year: 2009, authority: { laCode: '886' } });
    expect(entities[3]).toBeNull();
  });
});
