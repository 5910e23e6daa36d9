import { LetterPassage } from '../../../src/entities/index';
import { ingestLetter } from '../../../src/ingest/ingest-letter';
import type { IngestOutcome, IngestSuccess } from '../../../src/ingest/ingest-outcome';
import { LETTER_FILES, readBundledLetter } from '../../helpers/bundled-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { search } from './search-fixtures';

const KENT_2009 = readBundledLetter(LETTER_FILES.kentRating2009);
const CORRECTED_KENT_2009 = KENT_2009.replace('low income families', 'disadvantaged households');

function succeeded(outcome: IngestOutcome): IngestSuccess {
  if (outcome.status === 'failed') throw new Error(`ingest failed: ${outcome.error.code} ${outcome.error.message}`);
  if (outcome.status === 'conflict') throw new Error(`ingest conflicted with assessment ${outcome.assessmentId}`);
  return outcome;
}

describe.each(ENGINES)('search after a letter is replaced, on %s', (engine) => {
  const server = useTestServer(engine, {
    setupTimeout: 60_000,
  });

  it("finds the new letter's words and no longer the old one's", async () => {
    const original = succeeded(await ingestLetter(server.database.dataSource, { text: KENT_2009, fileName: 'kent.txt' }));
    expect(original.status).toBe('ingested');
    expect((await search(server, { text: 'low income families', first: 5 })).totalCount).toBe(1);
    expect((await search(server, { text: 'disadvantaged households', first: 5 })).totalCount).toBe(0);
    const passagesBefore = await server.database.dataSource.getRepository(LetterPassage).count();

    const corrected = succeeded(
      await ingestLetter(server.database.dataSource, { text: CORRECTED_KENT_2009, fileName: 'kent-corrected.txt' }, { replace: true }),
    );
    expect(corrected).toMatchObject({ status: 'replaced', assessmentId: original.assessmentId });

    expect((await search(server, { text: 'low income families', first: 5 })).totalCount).toBe(0);
    const now = await search(server, { text: 'disadvantaged households', first: 5 });
    expect(now.edges.map((edge) => [edge.node.assessment.id, edge.node.highlighted])).toEqual([
      [String(corrected.assessmentId), expect.stringContaining('from <mark>disadvantaged</mark> <mark>households</mark> and their peers')],
    ]);
    // Rewritten, not added to: the old passages are gone, and the unchanged sentences are there once.
    expect(await server.database.dataSource.getRepository(LetterPassage).count()).toBe(passagesBefore);
    expect((await search(server, { text: 'serious case reviews', first: 5 })).totalCount).toBe(1);
  });
});
