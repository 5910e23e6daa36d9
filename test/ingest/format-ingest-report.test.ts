import { AssessmentKind } from '../../src/domain/enums';
import { describeOutcome, formatProgressLine, formatSummary } from '../../src/ingest/format-ingest-report';
import type { IngestOutcome } from '../../src/ingest/ingest-outcome';
import { KENT_CONFLICT, KENT_INGESTED } from './outcome-fixtures';
import { addToSummary, emptySummary } from '../../src/ingest/ingest-summary';

const kent = KENT_INGESTED;
const failure: IngestOutcome = { status: 'failed', error: { code: 'NOT_A_LETTER', message: 'No letter heading found' } };

describe('ingest report formatting', () => {
  it('describes a stored letter by authority, kind, year and assessment', () => {
    expect(describeOutcome(kent)).toBe('ingested   Kent County Council, annual rating 2009 (assessment 5)');
    expect(describeOutcome({ ...kent, status: 'unchanged', kind: AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT, year: 2006 })).toBe(
      'unchanged  Kent County Council, APA 2006 (assessment 5)',
    );
  });

  it('describes a failure by code and message', () => {
    expect(describeOutcome(failure)).toBe('failed     NOT_A_LETTER: No letter heading found');
  });

  it('describes a conflict by the assessment it would replace and the letter that assessment holds', () => {
    expect(describeOutcome(KENT_CONFLICT)).toBe(
      'conflict   not stored: would replace Kent County Council, annual rating 2009 (assessment 5), which holds kent.txt',
    );
    expect(describeOutcome({ ...KENT_CONFLICT, currentFileName: null })).toContain('which holds source letter 5');
  });

  it('prefixes progress lines with the position in the run and the file', () => {
    expect(formatProgressLine(2, 5, 'letters/kent.txt', kent)).toBe(
      '[2/5] letters/kent.txt: ingested   Kent County Council, annual rating 2009 (assessment 5)',
    );
  });

  it('counts documents in a folder that are not letters apart from failures, and names them', () => {
    const summary = emptySummary();
    addToSummary(summary, { file: 'kent.txt', outcome: kent });
    addToSummary(summary, { file: 'README.md', outcome: { status: 'skipped', reason: failure.error } });
    expect(describeOutcome({ status: 'skipped', reason: failure.error })).toBe(
      'skipped    not a letter (NOT_A_LETTER: No letter heading found)',
    );
    expect(summary.failed).toEqual([]);
    expect(formatSummary(summary)).toBe(
      [
        '2 files: 1 ingested, 0 replaced, 0 unchanged, 0 conflicted, 0 failed, 1 not a letter',
        'Not letters (read and left alone; name a file to have it fail): README.md',
      ].join('\n'),
    );
  });

  it('names what it skipped, the first five and a count of the rest', () => {
    const summary = emptySummary();
    addToSummary(summary, { file: 'kent.txt', outcome: kent });
    summary.skipped.push('scan.tiff');
    expect(formatSummary(summary)).toBe(
      [
        '1 file: 1 ingested, 0 replaced, 0 unchanged, 0 conflicted, 0 failed',
        'Skipped (not .txt .html .htm .md .pdf .docx .doc): scan.tiff',
      ].join('\n'),
    );
    summary.skipped.push('a.png', 'b.png', 'c.png', 'd.png', 'e.png', 'f.png');
    expect(formatSummary(summary).split('\n')[1]).toBe(
      'Skipped (not .txt .html .htm .md .pdf .docx .doc): scan.tiff, a.png, b.png, c.png, d.png, and 2 more',
    );
  });

  it('summarises counts and lists each conflict and each failure', () => {
    const summary = emptySummary();
    addToSummary(summary, { file: 'kent.txt', outcome: kent });
    addToSummary(summary, { file: 'notes.txt', outcome: failure });
    addToSummary(summary, { file: 'kent-copy.txt', outcome: KENT_CONFLICT });
    expect(formatSummary(summary)).toBe(
      [
        '3 files: 1 ingested, 0 replaced, 0 unchanged, 1 conflicted, 1 failed',
        'Conflicts (nothing stored; ingest again with --replace to store them as new versions):',
        '  kent-copy.txt: would replace Kent County Council, annual rating 2009 (assessment 5), which holds kent.txt',
        'Failed:',
        '  notes.txt: NOT_A_LETTER: No letter heading found',
      ].join('\n'),
    );
  });

  it('says so when there was nothing to ingest', () => {
    expect(formatSummary(emptySummary())).toBe(
      '0 files: 0 ingested, 0 replaced, 0 unchanged, 0 conflicted, 0 failed\nNo letter files found (looked for .txt .html .htm .md .pdf .docx .doc).',
    );
  });
});
