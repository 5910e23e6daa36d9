import { buildClientSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery } from 'graphql';
import { GRAPHIQL_EXAMPLES } from '../../../src/server/http/graphiql-examples';
import { hideFederationInternals } from '../../../src/server/http/graphiql-schema-view';
import { useTestServer } from '../../helpers/test-server';

describe("the schema GraphiQL's page shows", () => {
  const api = useTestServer('sqlite');

  async function introspection(): Promise<{ data?: IntrospectionQuery | null }> {
    const response = await api.graphql<IntrospectionQuery>(getIntrospectionQuery());
    expect(response.body.errors).toBeUndefined();
    return response.body;
  }

  it('is the served schema without the root fields, types and directives of Apollo Federation', async () => {
    const served = await introspection();
    const queryFields = (result: { data?: IntrospectionQuery | null }): string[] =>
      Object.keys(
        buildClientSchema(result.data as IntrospectionQuery)
          .getQueryType()
          ?.getFields() ?? {},
      );
    // The server itself still answers the gateway.
    expect(queryFields(served)).toEqual(expect.arrayContaining(['_entities', '_service']));

    const shown = buildClientSchema(hideFederationInternals(served).data as IntrospectionQuery);
    const fields = Object.keys(shown.getQueryType()?.getFields() ?? {});
    expect(fields).toEqual(expect.arrayContaining(['authority', 'authorities', 'ratingDistribution', 'search']));
    expect(fields.filter((name) => name.startsWith('_'))).toEqual([]);
    const typeNames = Object.keys(shown.getTypeMap());
    expect(typeNames.filter((name) => /^(_Any|_Entity|_Service|link__|federation__)/.test(name))).toEqual([]);
    expect(shown.getDirectives().map((directive) => directive.name)).not.toEqual(expect.arrayContaining(['key']));
    expect(shown.getDirectives().map((directive) => directive.name)).toEqual(expect.arrayContaining(['include', 'skip', 'deprecated']));
  });

  it('still validates every example tab', async () => {
    const shown = buildClientSchema(hideFederationInternals(await introspection()).data as IntrospectionQuery);
    for (const { query } of GRAPHIQL_EXAMPLES) expect(validate(shown, parse(query))).toEqual([]);
  });

  it('leaves answers other than introspection alone', () => {
    const answer = { data: null, errors: [{ message: 'x' }] };
    expect(hideFederationInternals(answer)).toBe(answer);
  });
});
