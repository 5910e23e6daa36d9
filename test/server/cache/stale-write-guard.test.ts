import type { ApolloServer } from '@apollo/server';
import { createApolloServer } from '../../../src/server/create-apollo-server';
import { createMemoryCache } from '../../../src/server/cache/server-caches';
import { type GenerationalCache, withGeneration } from '../../../src/server/cache/generation-guard';
import { type AppContext, createContext } from '../../../src/resolvers/context';
import { buildAppSchema } from '../../../src/server/app-schema';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';

const QUERY = '{ authority(laCode: "886") { name } }';

describe('response cache writes across a clear', () => {
  let database: TestDatabase;
  let responses: GenerationalCache;
  let apollo: ApolloServer<AppContext>;
  const stored = new Set<string>();

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    const memory = createMemoryCache();
    // Records what the response cache writes, on top of the real store.
    const recording = {
      ...memory,
      cache: {
        get: (key: string) => memory.cache.get(key),
        delete: (key: string) => memory.cache.delete(key),
        set: async (key: string, value: string, options?: { ttl?: number | null }) => {
          stored.add(key);
          await memory.cache.set(key, value, options);
        },
      },
    };
    responses = withGeneration(recording);
    apollo = createApolloServer({ schema: await buildAppSchema(), responseCache: responses });
    await apollo.start();
  });

  afterAll(async () => {
    await apollo.stop();
    await database.drop();
  });

  function contextAt(generation: number): AppContext {
    return createContext({ dataSource: database.dataSource, adminToken: null, authorization: undefined, cacheGeneration: generation });
  }

  it('does not store a response whose request began before the cache was last cleared', async () => {
    const startedAt = responses.generation;
    await responses.clear();
    await apollo.executeOperation({ query: QUERY }, { contextValue: contextAt(startedAt) });
    expect(stored.size).toBe(0);
  });

  it('stores a response whose request began after the last clear', async () => {
    await apollo.executeOperation({ query: QUERY }, { contextValue: contextAt(responses.generation) });
    expect(stored.size).toBe(1);
  });
});
