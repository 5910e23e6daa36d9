import { auditServer, serverAudits, type AuditResult } from 'graphql-http';
import { startServer, type RunningServer } from '../../../src/server/start-server';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';

/**
 * The recommendations the server knowingly does not follow; docs/api.md ("GraphQL over HTTP")
 * says why. Apollo Server answers request errors (parse, validation, variable coercion) with
 * 400 whatever the media type, where the spec suggests 200 for legacy `application/json`.
 */
const FAILING_SHOULDS = [
  '572B SHOULD use 200 status code on document parsing failure when accepting application/json',
  'FDE2 SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

/** Optional features refused because the audit's GETs carry no CSRF-safe header (see docs/api.md). */
const FAILING_MAYS = [
  '5A70 MAY accept application/x-www-form-urlencoded formatted GET requests',
  '6A70 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  'D6D5 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
];

function failing(results: AuditResult[], level: 'MUST' | 'SHOULD' | 'MAY'): string[] {
  return results
    .filter((result) => result.status !== 'ok' && result.name.startsWith(`${level} `))
    .map((result) => `${result.id} ${result.name}`)
    .sort();
}

describe('GraphQL over HTTP conformance (graphql-http audits against the live server)', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let results: AuditResult[];

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServer({
      dataSource: database.dataSource,
      adminToken: null,
      cache: { store: 'memory' },
      port: 0,
      host: '127.0.0.1',
    });
    results = await auditServer({ url: server.url });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('runs every audit of the suite, MUSTs included', () => {
    const suite = serverAudits({ url: server.url });
    expect(results.map((result) => result.id).sort()).toEqual(suite.map((audit) => audit.id).sort());
    expect(results.filter((result) => result.name.startsWith('MUST ')).length).toBeGreaterThan(10);
  });

  it('passes every MUST', () => {
    expect(failing(results, 'MUST')).toEqual([]);
  });

  it('fails exactly the SHOULDs docs/api.md lists', () => {
    expect(failing(results, 'SHOULD')).toEqual([...FAILING_SHOULDS].sort());
  });

  it('fails exactly the MAYs docs/api.md lists', () => {
    expect(failing(results, 'MAY')).toEqual([...FAILING_MAYS].sort());
  });
});
