import type { DataSource } from 'typeorm';
import { openWriterDataSource } from '../../src/db/data-source';
import { startServer, type RunningServer } from '../../src/server/start-server';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { postGraphQL, testSchema } from '../helpers/graphql-over-http';
import { loadBundledLetters } from '../helpers/load-letters';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const ADMIN_TOKEN = 'isolation-test-token';
const KENT_JUDGEMENTS = '{ authority(laCode: "886") { assessments { settingJudgements { setting } } } }';
type KentData = { authority: { assessments: Array<{ settingJudgements: unknown[] }> } };

describe('reads on the embedded SQLite database while a write is open', () => {
  let database: TestDatabase;
  let writer: DataSource;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await loadBundledLetters(database.dataSource);
    writer = await openWriterDataSource(database.config, database.dataSource);
    server = await startServer({
      dataSource: database.dataSource,
      writeDataSource: writer,
      adminToken: ADMIN_TOKEN,
      schema: await testSchema(),
      port: 0,
      host: '127.0.0.1',
    });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    if (writer !== database.dataSource) await writer?.destroy();
    await database?.drop();
  });

  async function query<TData>(text: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<TData> {
    const response = await postGraphQL<TData>(server.url, text, variables, headers);
    expect(response.body.errors).toBeUndefined();
    return response.body.data as TData;
  }

  it('writes through a connection of its own', () => {
    expect(writer).not.toBe(database.dataSource);
  });

  it('never shows a write transaction half done', async () => {
    const before = await query<KentData>(KENT_JUDGEMENTS);
    const count = before.authority.assessments[0].settingJudgements.length;
    expect(count).toBeGreaterThan(0);

    const transaction = writer.createQueryRunner();
    await transaction.startTransaction();
    try {
      // What a replacement does first: drop the assessment's children before writing the new ones.
      await transaction.query('DELETE FROM setting_judgement');
      const during = await query<KentData>(KENT_JUDGEMENTS);
      expect(during.authority.assessments[0].settingJudgements).toHaveLength(count);
    } finally {
      await transaction.rollbackTransaction();
      await transaction.release();
    }
  });

  it('shows what ingestLetter wrote as soon as it answers', async () => {
    const corrected = readBundledLetter(LETTER_FILES.kentRating2009).replace('Performs well (3)', 'Performs excellently (4)');
    const result = await query<{ ingestLetter: { status: string } }>(
      'mutation($text: String!) { ingestLetter(text: $text, replace: true) { status } }',
      { text: corrected },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(result.ingestLetter.status).toBe('REPLACED');
    const after = await query<{ authority: { assessments: Array<{ overallGrade: number }> } }>(
      '{ authority(laCode: "886") { assessments { overallGrade } } }',
    );
    expect(after.authority.assessments).toEqual([{ overallGrade: 4 }]);
  });
});
