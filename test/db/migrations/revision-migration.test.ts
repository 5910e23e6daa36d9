import { AssessmentRevisions1732000000300 } from '../../../src/db/migrations/1732000000300-assessment-revisions';
import { AssessmentRevision } from '../../../src/entities/index';
import { ingestLetter } from '../../../src/ingest/ingest-letter';
import { LETTER_FILES, readBundledLetter } from '../../helpers/bundled-letters';
import { loadBundledLetters } from '../../helpers/load-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../helpers/test-database';

const KENT = readBundledLetter(LETTER_FILES.kentRating2009);

describe.each(ENGINES)('the assessment_revision migration on %s', (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadBundledLetters(database.dataSource);
    // Kent twice replaced: what a database held after replacements made before revisions existed.
    for (const [from, to] of [
      ['Performs well (3)', 'Performs excellently (4)'],
      ['Performs well (3)', 'Performs adequately (2)'],
    ]) {
      const outcome = await ingestLetter(
        database.dataSource,
        { text: KENT.replace(from!, to!), fileName: `kent-${to}.txt` },
        { replace: true },
      );
      expect(outcome.status).toBe('replaced');
    }
  }, 60_000);
  afterAll(async () => {
    await database.drop();
  });

  /** Every revision, as comparable rows: ids are the database's, everything else is what the migration must reproduce. */
  async function revisions() {
    const rows = await database.dataSource.getRepository(AssessmentRevision).find({ order: { assessmentId: 'ASC', number: 'ASC' } });
    return rows.map(({ id: _id, ...row }) => ({ ...row, acceptedAt: new Date(row.acceptedAt).toISOString() }));
  }

  it('rebuilds from the stored rows and kept letters exactly the revisions ingest wrote', async () => {
    const written = await revisions();
    expect(written).toHaveLength(7);
    const kentAssessment = written.find((row) => row.number === 3)!.assessmentId;
    expect(written.filter((row) => row.assessmentId === kentAssessment).map((row) => [row.number, row.overallGrade])).toEqual([
      [1, 3],
      [2, 4],
      [3, 2],
    ]);
    const migration = new AssessmentRevisions1732000000300();
    const queryRunner = database.dataSource.createQueryRunner();
    try {
      await migration.down(queryRunner);
      await migration.up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    expect(await revisions()).toEqual(written);
  });
});
