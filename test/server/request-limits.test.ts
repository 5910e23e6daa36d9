import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, Kind, parse } from 'graphql';
import { DEFAULT_REQUEST_LIMITS } from '../../src/config';
import { loadBundledLetters } from '../helpers/load-letters';
import { useTestServer } from '../helpers/test-server';

const LIMIT_CODES = ['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP', 'QUERY_TOO_MANY_TOKENS', 'VARIABLES_TOO_DEEP'];

const ROOT = path.resolve(__dirname, '../..');

/** Every executable GraphQL block of the README and docs/: what they promise clients they may send. */
function readmeOperations(): string[] {
  const files = [
    'README.md',
    ...readdirSync(path.join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  const text = files.map((file) => readFileSync(path.join(ROOT, file), 'utf8')).join('\n');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .filter((block) => {
      try {
        return parse(block).definitions.every((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      } catch {
        return false;
      }
    });
}

function codes(body: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown[] {
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

describe('request limits with the defaults', () => {
  const api = useTestServer('sqlite', {
    seed: async (server) => {
      await loadBundledLetters(server.database.dataSource);
    },
  });

  it('refuses a document of a million tokens without parsing it all', async () => {
    // 4 MB: `{ __typename __typename ... }`
    const response = await api.graphql(`{ ${'__typename '.repeat(400_000)}}`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_MANY_TOKENS',
      maximumTokens: DEFAULT_REQUEST_LIMITS.maxTokens,
    });
  });

  it('refuses a selection deeper than the limit with its own code', async () => {
    const depth = DEFAULT_REQUEST_LIMITS.maxDepth;
    const query = `{ authority(laCode: "886") { ${'statisticalNeighbours { '.repeat(depth)}name${' }'.repeat(depth)} } }`;
    api.statements.reset();
    const response = await api.graphql(query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maximumDepth: depth });
    expect(api.statements.count).toBe(0);
  });

  it('refuses 10,000 _entities representations asking for every letter text before any statement', async () => {
    const representations = Array.from({ length: 10_000 }, () => ({ __typename: 'Authority', laCode: '886' }));
    api.statements.reset();
    const response = await api.graphql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Authority { assessments { sourceLetter { text } } } } }',
      { r: representations },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(api.statements.count).toBe(0);
  });

  it.each(['search(text: "fostering") { totalCount }', 'settingJudgementSummary(setting: PUPIL_REFERRAL_UNITS, year: 2009) { key }'])(
    'refuses aliases of %s by the statements they would send, before any statement',
    async (field) => {
      const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
      api.statements.reset();
      // 200 aliases would send 400 statements
      const costly = await api.graphql(aliases(200));
      expect(costly.status).toBe(400);
      expect(costly.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
      // 1,000 aliases (2,000 statements) do not even get past the token limit
      const long = await api.graphql(aliases(1_000));
      expect(long.status).toBe(400);
      expect(long.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_MANY_TOKENS');
      expect(api.statements.count).toBe(0);
    },
  );

  it("lets GraphiQL's introspection query through the depth and token limits, and answers _service { sdl }", async () => {
    const introspection = await api.graphql(getIntrospectionQuery({ descriptions: true }));
    expect(codes(introspection.body)).not.toContain('QUERY_TOO_DEEP');
    expect(codes(introspection.body)).not.toContain('QUERY_TOO_MANY_TOKENS');
    const service = await api.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(service.body.data?._service.sdl).toContain('type Authority');
  });

  it('lets every example of the README and docs/ through the limits', async () => {
    const operations = readmeOperations();
    expect(operations.length).toBeGreaterThan(3);
    for (const operation of operations) {
      const response = await api.graphql(operation, { year: 2009, laCode: '886', text: 'fostering', first: 5 });
      for (const code of LIMIT_CODES) expect(codes(response.body)).not.toContain(code);
    }
  });
});

describe('request limits with introspection off', () => {
  const api = useTestServer('sqlite', { limits: { ...DEFAULT_REQUEST_LIMITS, introspection: false } });

  it('refuses introspection and _service { sdl }', async () => {
    const introspection = await api.graphql('{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    const service = await api.graphql('{ _service { sdl } }');
    expect(service.status).toBe(400);
    expect(service.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(JSON.stringify(service.body)).not.toContain('type Authority');
  });

  it('suggests no field names', async () => {
    const response = await api.graphql('{ authorty(laCode: "886") { name } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).not.toMatch(/Did you mean|"authority"/);
  });
});
