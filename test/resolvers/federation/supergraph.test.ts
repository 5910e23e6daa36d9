import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { gql } from 'graphql-tag';
import { buildAppSchema } from '../../../src/server/app-schema';
import { printAppSchema } from '../../../src/schema/build-schema';
import { loadBundledLetters } from '../../helpers/load-letters';
import { startTestServer, type TestServer } from '../../helpers/test-server';

/**
 * A second subgraph, as another team might run it: it knows authorities only by DfE code and
 * adds a field of its own to `Authority`.
 */
const POPULATION_BY_LA_CODE: Readonly<Record<string, number>> = { '886': 412_345, '835': 98_765 };
const populationSubgraph = buildSubgraphSchema({
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Authority @key(fields: "laCode") {
      laCode: String!
      childPopulation: Int
    }
  `,
  resolvers: {
    Authority: {
      __resolveReference: (reference: { laCode: string }) => ({ laCode: reference.laCode }),
      childPopulation: (authority: { laCode: string }) => POPULATION_BY_LA_CODE[authority.laCode] ?? null,
    },
  },
});

describe('Apollo Federation 2 supergraph', () => {
  let ofsted: TestServer;
  let population: ApolloServer;
  let populationUrl: string;
  let gateway: ApolloServer;

  beforeAll(async () => {
    ofsted = await startTestServer('sqlite');
    await loadBundledLetters(ofsted.database.dataSource);
    population = new ApolloServer({ schema: populationSubgraph, plugins: [ApolloServerPluginInlineTraceDisabled()] });
    ({ url: populationUrl } = await startStandaloneServer(population, { listen: { port: 0, host: '127.0.0.1' } }));

    const composition = composeServices([
      { name: 'ofsted', typeDefs: parse(printAppSchema(await buildAppSchema())), url: ofsted.server.url },
      { name: 'population', typeDefs: parse(printSubgraphSchema(populationSubgraph)), url: populationUrl },
    ]);
    if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join('\n'));
    gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl }) });
    await gateway.start();
  }, 60_000);

  afterAll(async () => {
    await gateway?.stop();
    await population?.stop();
    await ofsted?.close();
  });

  it('answers one query that needs both subgraphs', async () => {
    const response = await gateway.executeOperation({
      query: `{
        authority(laCode: "886") {
          name
          childPopulation
          assessments { year overallGrade }
        }
      }`,
    });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    expect(response.body.singleResult.data).toEqual({
      authority: { name: 'Kent County Council', childPopulation: 412_345, assessments: [{ year: 2009, overallGrade: 3 }] },
    });
  });
});
