import { Assessment, AssessmentRevision, SourceLetter } from '../../src/entities/index';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { ENGINES } from '../helpers/test-database';
import { useTestServer } from '../helpers/test-server';

const ADMIN_TOKEN = 'concurrent-ingest-token';
const MUTATION = 'mutation($text: String!) { ingestLetter(text: $text, replace: true) { status error { code message } } }';

type IngestData = { ingestLetter: { status: string; error: { code: string; message: string } | null } };

describe.each(ENGINES)('twenty concurrent ingestLetter calls alternating two letters for one assessment on %s', (engine) => {
  const api = useTestServer(engine, { adminToken: ADMIN_TOKEN });

  it('with replace, stores both letters as revisions, fails none and never answers with database text', async () => {
    const original = readBundledLetter(LETTER_FILES.kentRating2009);
    // Corrected inside the rating text, so it parses differently: another letter, not another copy of the same.
    const corrected = original.replace('The overall effectiveness of', 'The overall effectiveness (as corrected) of');
    expect(corrected).not.toBe(original);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api.graphql<IngestData>(MUTATION, { text: index % 2 === 0 ? original : corrected }, { authorization: `Bearer ${ADMIN_TOKEN}` }),
      ),
    );
    const statuses = responses.map((response) => response.body.data?.ingestLetter.status);
    expect(statuses.filter((status) => status === 'FAILED')).toEqual([]);
    for (const status of statuses) expect(['INGESTED', 'REPLACED', 'UNCHANGED']).toContain(status);
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toMatch(/Deadlock|Duplicate entry|UNIQUE constraint|INSERT INTO/);
    }
    const { dataSource } = api.database;
    expect(await dataSource.getRepository(SourceLetter).count()).toBe(2);
    expect(await dataSource.getRepository(Assessment).count()).toBe(1);
  }, 60_000);

  it('twenty different versions at once with replace: twenty more revisions numbered without gaps, none failed', async () => {
    const { dataSource } = api.database;
    const [stored] = await dataSource.getRepository(Assessment).find();
    const before = await dataSource.getRepository(AssessmentRevision).countBy({ assessmentId: stored!.id });
    const original = readBundledLetter(LETTER_FILES.kentRating2009);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        // Each version changes the parse (its summary), so none is the same letter in another form.
        api.graphql<IngestData>(
          MUTATION,
          { text: original.replace('The overall effectiveness of', `The overall effectiveness (version ${index}) of`) },
          { authorization: `Bearer ${ADMIN_TOKEN}` },
        ),
      ),
    );
    const statuses = responses.map((response) => response.body.data?.ingestLetter.status);
    expect(statuses).toEqual(Array<string>(20).fill('REPLACED'));
    const revisions = await dataSource
      .getRepository(AssessmentRevision)
      .find({ where: { assessmentId: stored!.id }, order: { number: 'ASC' } });
    expect(revisions.map((revision) => revision.number)).toEqual(Array.from({ length: before + 20 }, (_, index) => index + 1));
  }, 60_000);
});
