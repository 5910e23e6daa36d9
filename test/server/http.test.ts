import { createConnection } from 'mysql2/promise';
import { referenceAuthorities } from '../../src/reference/reference-authorities';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { syntheticRatingLetter } from '../helpers/synthetic-letters';
import { ENGINES, MYSQL_SERVER_URL } from '../helpers/test-database';
import { startTestServer, useTestServer } from '../helpers/test-server';

const KENT_LETTER = readBundledLetter(LETTER_FILES.kentRating2009);
const ADMIN_TOKEN = 'test-admin-token-0123456789';

const INGEST = /* GraphQL */ `
  mutation Ingest($text: String!, $fileName: String) {
    ingestLetter(text: $text, fileName: $fileName) {
      status
      error {
        code
        message
      }
      assessment {
        id
        year
        overallGrade
        authority {
          laCode
        }
      }
    }
  }
`;

interface IngestData {
  ingestLetter: {
    status: string;
    error: { code: string; message: string } | null;
    assessment: { id: string; year: number; overallGrade: number; authority: { laCode: string } } | null;
  };
}

describe.each(ENGINES)('HTTP server on %s', (engine) => {
  const api = useTestServer(engine, {
    adminToken: ADMIN_TOKEN,
  });

  it('answers /healthz and checks the database on /readyz', async () => {
    const origin = new URL(api.server.url).origin;
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('answers malformed requests with 400 and a GraphQL error, and keeps serving', async () => {
    const brokenJson = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(brokenJson.status).toBe(400);
    expect(brokenJson.headers.get('content-type')).toMatch(/application\/json/);
    expect(await brokenJson.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    const origin = new URL(api.server.url).origin;
    for (const name of ['constructor', '__proto__', 'toString', 'nothing.js']) {
      const asset = await fetch(`${origin}/graphiql/${name}`);
      expect(asset.status).toBe(404);
    }
    const syntax = await api.graphql('{ authorities { ');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await api.graphql('{ authorities { nope } }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const fine = await api.graphql<{ authorities: { totalCount: number } }>('{ authorities { totalCount } }');
    expect(fine.body.data?.authorities.totalCount).toBe(152);
  });

  it('refuses ingestLetter without the admin token', async () => {
    const anonymous = await api.graphql<IngestData>(INGEST, { text: KENT_LETTER });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    const wrong = await api.graphql<IngestData>(INGEST, { text: KENT_LETTER }, { authorization: `Bearer ${ADMIN_TOKEN}x` });
    expect(wrong.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const assessments = await api.graphql<{ assessments: { totalCount: number } }>('{ assessments { totalCount } }');
    expect(assessments.body.data?.assessments.totalCount).toBe(0);
  });

  it('ingests a letter with the token, shows it at once, and re-ingesting changes nothing', async () => {
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const first = await api.graphql<IngestData>(INGEST, { text: KENT_LETTER, fileName: 'kent-2009.txt' }, headers);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.ingestLetter).toMatchObject({
      status: 'INGESTED',
      error: null,
      assessment: { year: 2009, overallGrade: 3, authority: { laCode: '886' } },
    });
    const kent = await api.graphql<{ authority: { assessments: Array<{ id: string; settingJudgements: unknown[] }> } }>(
      '{ authority(laCode: "886") { assessments { id settingJudgements { setting } } } }',
    );
    expect(kent.body.data?.authority.assessments).toHaveLength(1);
    expect(kent.body.data?.authority.assessments[0].id).toBe(first.body.data?.ingestLetter.assessment?.id);
    expect(kent.body.data?.authority.assessments[0].settingJudgements.length).toBeGreaterThanOrEqual(15);

    const again = await api.graphql<IngestData>(INGEST, { text: KENT_LETTER }, headers);
    expect(again.body.data?.ingestLetter.status).toBe('UNCHANGED');
    expect(again.body.data?.ingestLetter.assessment?.id).toBe(first.body.data?.ingestLetter.assessment?.id);
  });

  it('answers each of several ingests in one request with the data it stored', async () => {
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const dorset = referenceAuthorities().find((authority) => authority.laCode === '835')!;
    const twice = await api.graphql<Record<'first' | 'second', IngestData['ingestLetter']>>(
      `mutation Twice($first: String!, $second: String!) {
        first: ingestLetter(text: $first) { status assessment { id overallGrade } }
        second: ingestLetter(text: $second, replace: true) { status assessment { id overallGrade } }
      }`,
      { first: syntheticRatingLetter(dorset, 4), second: syntheticRatingLetter(dorset, 1) },
      headers,
    );
    expect(twice.body.errors).toBeUndefined();
    expect(twice.body.data?.first).toMatchObject({ status: 'INGESTED', assessment: { overallGrade: 4 } });
    expect(twice.body.data?.second).toMatchObject({ status: 'REPLACED', assessment: { overallGrade: 1 } });
    expect(twice.body.data?.second.assessment?.id).toBe(twice.body.data?.first.assessment?.id);
  });

  it('reports a text that is not a letter as FAILED with a reason, storing nothing', async () => {
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const failed = await api.graphql<IngestData>(INGEST, { text: 'Dear Sir, please find attached our invoice.' }, headers);
    expect(failed.body.data?.ingestLetter.status).toBe('FAILED');
    expect(failed.body.data?.ingestLetter.assessment).toBeNull();
    expect(failed.body.data?.ingestLetter.error?.code).toMatch(/^[A-Z_]+$/);
    const assessments = await api.graphql<{ assessments: { totalCount: number } }>('{ assessments { totalCount } }');
    expect(assessments.body.data?.assessments.totalCount).toBe(2);
  });

  if (engine === 'mysql') {
    it('survives the database dropping its connections', async () => {
      const url = new URL((api.database.config as { url: string }).url);
      const database = url.pathname.slice(1);
      const admin = await createConnection(MYSQL_SERVER_URL);
      const [processes] = await admin.query<Array<{ Id: number; db: string | null }> & import('mysql2').RowDataPacket[]>(
        'SELECT ID AS Id, DB AS db FROM information_schema.PROCESSLIST WHERE DB = ?',
        [database],
      );
      expect(processes.length).toBeGreaterThan(0);
      for (const process of processes) await admin.query(`KILL CONNECTION ${Number(process.Id)}`);
      await admin.end();

      const responses = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        responses.push(await api.graphql<{ authorities: { totalCount: number } }>('{ authorities { totalCount } }'));
      }
      for (const response of responses) {
        if (response.body.errors) expect(response.body.errors[0].message).toBe('Internal server error');
      }
      expect(responses.at(-1)?.body.data?.authorities.totalCount).toBe(152);
      const ready = await fetch(`${new URL(api.server.url).origin}/readyz`);
      expect(ready.status).toBe(200);
    });
  }
});

describe('ingestLetter on a server without ADMIN_TOKEN', () => {
  it('is disabled', async () => {
    const api = await startTestServer('sqlite');
    try {
      const response = await api.graphql<IngestData>(INGEST, { text: KENT_LETTER }, { authorization: 'Bearer anything' });
      expect(response.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.status).toBe(403);
    } finally {
      await api.close();
    }
  });
});

describe('a server whose database has gone away', () => {
  it('stays up, says it is not ready, and masks the errors', async () => {
    const api = await startTestServer('sqlite');
    const origin = new URL(api.server.url).origin;
    try {
      await api.database.dataSource.destroy();
      const ready = await fetch(`${origin}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'the database does not answer' });
      const query = await api.graphql('{ authorities { totalCount } }');
      expect(query.body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
