import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap } from 'type-graphql';
import { DataSource } from 'typeorm';
import { NAIVE_ENTITIES } from './entities';
import { AssessmentResolver, AuthorityResolver, NAIVE_REFERENCE_RESOLVERS, type NaiveContext, SearchResolver } from './resolvers';

/** The naive comparator: the same schema in type-graphql + TypeORM, Apollo Server, no DataLoader, no response cache. */
async function main(): Promise<void> {
  const dataSource = new DataSource({
    type: 'mysql',
    url: process.env.DATABASE_URL,
    entities: NAIVE_ENTITIES,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    poolSize: 10,
  });
  await dataSource.initialize();
  const typeGraphQLSchema = await buildSchema({ resolvers: [AuthorityResolver, AssessmentResolver, SearchResolver], validate: false });
  const resolvers: Record<string, object> = { ...createResolversMap(typeGraphQLSchema) };
  for (const [typeName, reference] of Object.entries(NAIVE_REFERENCE_RESOLVERS))
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  const schema = buildSubgraphSchema({
    typeDefs: gql`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      ${printSchemaWithDirectives(typeGraphQLSchema)}
    `,
    resolvers: resolvers as never,
  });
  const server = new ApolloServer<NaiveContext>({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' },
    context: async () => ({ dataSource }),
  });
  process.stdout.write(`listening ${new URL(url).port}\n`);
  process.on(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => dataSource.destroy())
        .then(() => process.exit(0)),
  );
}

void main();
