import { AssessmentKind } from '../../src/domain/enums';
import type { IngestSuccess } from '../../src/ingest/ingest-outcome';
import { addToSummary, emptySummary } from '../../src/ingest/ingest-summary';

function success(status: IngestSuccess['status']): IngestSuccess {
  return {
    status,
    assessmentId: 1,
    authorityId: 2,
    authorityName: 'Kent County Council',
    sourceLetterId: 3,
    kind: AssessmentKind.ANNUAL_RATING,
    year: 2009,
  };
}

describe('ingest summary', () => {
  it('counts each status and lists failures with their file and reason', () => {
    const summary = emptySummary();
    addToSummary(summary, { file: 'a.txt', outcome: success('ingested') });
    addToSummary(summary, { file: 'b.txt', outcome: success('ingested') });
    addToSummary(summary, { file: 'c.txt', outcome: success('replaced') });
    addToSummary(summary, { file: 'd.txt', outcome: success('unchanged') });
    addToSummary(summary, { file: 'e.txt', outcome: { status: 'failed', error: { code: 'EMPTY', message: 'The text is empty' } } });
    expect(summary).toMatchObject({
      ingested: 2,
      replaced: 1,
      unchanged: 1,
      failed: [{ file: 'e.txt', code: 'EMPTY', message: 'The text is empty' }],
    });
    expect(summary.results.map((result) => result.file)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
  });
});
