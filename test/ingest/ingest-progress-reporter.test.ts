import { Writable } from 'node:stream';
import { KENT_INGESTED } from './outcome-fixtures';
import { createProgressReporter, type ProgressStream } from '../../src/ingest/ingest-progress-reporter';

function captureStream(isTTY: boolean): { stream: ProgressStream; output(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  }) as Writable & ProgressStream;
  stream.isTTY = isTTY;
  return { stream, output: () => chunks.join('') };
}

const kent = KENT_INGESTED;

/** A run of two files: Kent's letter stored, then an empty file refused. */
function reportKentThenAFailure(reporter: ReturnType<typeof createProgressReporter>): void {
  reporter.onProgress({ type: 'start', total: 2 });
  reporter.onProgress({ type: 'file', index: 1, total: 2, file: 'letters/kent.txt', outcome: kent });
  reporter.onProgress({
    type: 'file',
    index: 2,
    total: 2,
    file: 'letters/bad.txt',
    outcome: { status: 'failed', error: { code: 'EMPTY', message: 'The text is empty' } },
  });
  reporter.stop();
}

describe('createProgressReporter', () => {
  it('writes one plain line per file when the output is not a terminal', () => {
    const { stream, output } = captureStream(false);
    const reporter = createProgressReporter(stream);
    reportKentThenAFailure(reporter);
    expect(output()).toBe(
      '[1/2] letters/kent.txt: ingested   Kent County Council, annual rating 2009 (assessment 5)\n' +
        '[2/2] letters/bad.txt: failed     EMPTY: The text is empty\n',
    );
  });

  it('draws a bar with the count of files and failures on a terminal', () => {
    const { stream, output } = captureStream(true);
    const reporter = createProgressReporter(stream);
    reportKentThenAFailure(reporter);
    expect(output()).toContain('Ingesting [');
    expect(output()).toContain('2/2 | 1 failed | bad.txt');
    expect(output()).not.toContain('[1/2]');
  });
});
