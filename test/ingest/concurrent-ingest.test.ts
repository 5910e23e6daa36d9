import type { DataSource } from 'typeorm';
import { Assessment, AssessmentRevision, SourceLetter } from '../../src/entities/index';
import { ingestLetter } from '../../src/ingest/ingest-letter';
import type { IngestOutcome } from '../../src/ingest/ingest-outcome';
import { referenceAuthorities, type ReferenceAuthority } from '../../src/reference/reference-authorities';
import { syntheticRatingLetter } from '../helpers/synthetic-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';

function authority(laCode: string): ReferenceAuthority {
  const found = referenceAuthorities().find((candidate) => candidate.laCode === laCode);
  if (found === undefined) throw new Error(`no authority ${laCode}`);
  return found;
}

/**
 * `count` different 2009 rating letters for one authority: each says something the others do
 * not, inside the rating text, so each parses differently (a copy that parses the same as a
 * stored letter is the same letter, UNCHANGED).
 */
function differentLetters(laCode: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    syntheticRatingLetter(authority(laCode), ((index % 4) + 1) as 1 | 2 | 3 | 4).replace(
      'The overall effectiveness of',
      `The overall effectiveness (version ${index}) of`,
    ),
  );
}

const statuses = (outcomes: IngestOutcome[]): string[] => outcomes.map((outcome) => outcome.status).sort();

/**
 * Writers racing on one assessment, each in its own transaction (on MariaDB each on its own
 * pooled connection, so the statements really interleave): the unique indexes decide the race
 * and the loser reruns, so every writer gets a clean answer and no duplicate is stored.
 */
describe.each(ENGINES)('concurrent ingests of one assessment on %s', (engine) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    dataSource = database.dataSource;
  });
  afterAll(async () => {
    await database.drop();
  });

  async function stateOf(laCode: string) {
    const rows: Array<{ id: number | string }> = await dataSource.query(
      "SELECT assessment.id AS id FROM assessment JOIN authority ON authority.id = assessment.authority_id WHERE authority.la_code = ? AND assessment.kind = 'ANNUAL_RATING'",
      [laCode],
    );
    const ids = rows.map((row) => Number(row.id));
    const revisions = await dataSource
      .getRepository(AssessmentRevision)
      .find({ where: ids.map((id) => ({ assessmentId: id })), order: { number: 'ASC' } });
    return { assessments: ids.length, revisionNumbers: revisions.map((revision) => revision.number) };
  }

  it('two different new letters without replace: one INGESTED, one CONFLICT naming it, one assessment', async () => {
    const [first, second] = differentLetters('886', 2);
    const outcomes = await Promise.all([
      ingestLetter(dataSource, { text: first!, fileName: 'a.txt' }),
      ingestLetter(dataSource, { text: second!, fileName: 'b.txt' }),
    ]);
    expect(statuses(outcomes)).toEqual(['conflict', 'ingested']);
    const ingested = outcomes.find((outcome) => outcome.status === 'ingested')!;
    const conflict = outcomes.find((outcome) => outcome.status === 'conflict')!;
    if (ingested.status !== 'ingested' || conflict.status !== 'conflict') throw new Error('unreachable');
    expect(conflict).toMatchObject({ assessmentId: ingested.assessmentId, currentSourceLetterId: ingested.sourceLetterId });
    expect(await stateOf('886')).toEqual({ assessments: 1, revisionNumbers: [1] });
    expect(await dataSource.getRepository(SourceLetter).countBy({ authorityId: ingested.authorityId })).toBe(1);
  });

  it('two different new letters with replace: one INGESTED, one REPLACED, stored as revisions 1 and 2', async () => {
    const [first, second] = differentLetters('835', 2);
    const outcomes = await Promise.all([
      ingestLetter(dataSource, { text: first!, fileName: 'a.txt' }, { replace: true }),
      ingestLetter(dataSource, { text: second!, fileName: 'b.txt' }, { replace: true }),
    ]);
    expect(statuses(outcomes)).toEqual(['ingested', 'replaced']);
    expect(await stateOf('835')).toEqual({ assessments: 1, revisionNumbers: [1, 2] });
  });

  it('five replacements of one stored assessment at once: each a revision of its own, numbered without gaps', async () => {
    const [stored, ...replacements] = differentLetters('800', 6);
    expect((await ingestLetter(dataSource, { text: stored!, fileName: 'stored.txt' })).status).toBe('ingested');
    const outcomes = await Promise.all(
      replacements.map((text, index) => ingestLetter(dataSource, { text, fileName: `r${index}.txt` }, { replace: true })),
    );
    expect(statuses(outcomes)).toEqual(['replaced', 'replaced', 'replaced', 'replaced', 'replaced']);
    expect(await stateOf('800')).toEqual({ assessments: 1, revisionNumbers: [1, 2, 3, 4, 5, 6] });
    // The assessment serves the newest revision's letter.
    const [assessment] = await dataSource.getRepository(Assessment).find({ where: { year: 2009 }, order: { id: 'DESC' }, take: 1 });
    const newest = await dataSource
      .getRepository(AssessmentRevision)
      .findOneOrFail({ where: { assessmentId: assessment!.id }, order: { number: 'DESC' } });
    expect(assessment!.sourceLetterId).toBe(newest.sourceLetterId);
    expect(assessment!.overallGrade).toBe(newest.overallGrade);
  });

  it('twenty different versions of one new assessment at once, all with replace: revisions 1..20 and no failure', async () => {
    const versions = differentLetters('887', 20);
    const outcomes = await Promise.all(
      versions.map((text, index) => ingestLetter(dataSource, { text, fileName: `v${index}.txt` }, { replace: true })),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'failed')).toEqual([]);
    expect(statuses(outcomes)).toEqual(['ingested', ...Array<string>(19).fill('replaced')]);
    expect(await stateOf('887')).toEqual({ assessments: 1, revisionNumbers: Array.from({ length: 20 }, (_, index) => index + 1) });
  }, 60_000);
});
