import type { IngestSuccess } from '../../src/ingest/ingest-outcome';
import { addToSummary, emptySummary, ingestExitCode } from '../../src/ingest/ingest-summary';
import { KENT_CONFLICT, KENT_INGESTED } from './outcome-fixtures';

function success(status: IngestSuccess['status']): IngestSuccess {
  return { ...KENT_INGESTED, status };
}

const EMPTY_FAILURE = { status: 'failed', error: { code: 'EMPTY', message: 'The text is empty' } } as const;

describe('ingest summary', () => {
  it('counts each status and lists failures and conflicts with their file', () => {
    const summary = emptySummary();
    addToSummary(summary, { file: 'a.txt', outcome: success('ingested') });
    addToSummary(summary, { file: 'b.txt', outcome: success('ingested') });
    addToSummary(summary, { file: 'c.txt', outcome: success('replaced') });
    addToSummary(summary, { file: 'd.txt', outcome: success('unchanged') });
    addToSummary(summary, { file: 'e.txt', outcome: EMPTY_FAILURE });
    addToSummary(summary, { file: 'f.txt', outcome: KENT_CONFLICT });
    expect(summary).toMatchObject({
      ingested: 2,
      replaced: 1,
      unchanged: 1,
      failed: [{ file: 'e.txt', code: 'EMPTY', message: 'The text is empty' }],
      conflicts: [{ file: 'f.txt', conflict: KENT_CONFLICT }],
    });
    expect(summary.results.map((result) => result.file)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt']);
  });

  it('exits 0 when all went in, 2 when something conflicted, 1 when something failed', () => {
    const clean = emptySummary();
    addToSummary(clean, { file: 'a.txt', outcome: success('ingested') });
    addToSummary(clean, { file: 'b.txt', outcome: success('unchanged') });
    expect(ingestExitCode(clean)).toBe(0);
    addToSummary(clean, { file: 'c.txt', outcome: KENT_CONFLICT });
    expect(ingestExitCode(clean)).toBe(2);
    addToSummary(clean, { file: 'd.txt', outcome: EMPTY_FAILURE });
    expect(ingestExitCode(clean)).toBe(1);
  });
});
