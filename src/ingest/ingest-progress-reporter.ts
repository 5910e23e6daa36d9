import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { formatProgressLine } from './format-ingest-report';
import type { FileOutcome } from './ingest-outcome';

/** What a run reports as it goes: the number of files once they are found, then each file's outcome. */
export type IngestProgressEvent =
  { type: 'start'; total: number } | { type: 'file'; index: number; total: number; file: string; outcome: FileOutcome };

/** Where progress goes: a terminal gets a bar, anything else (a pipe, a log file) gets lines. */
export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
}

export interface ProgressReporter {
  onProgress(event: IngestProgressEvent): void;
  /** Finishes the bar so that what is written next starts on a clean line. */
  stop(): void;
}

/**
 * Shows a run's progress: a cli-progress bar redrawn in place on a terminal, or one line per
 * file otherwise, because a redrawn bar in a log file is unreadable noise.
 */
export function createProgressReporter(stream: ProgressStream): ProgressReporter {
  return stream.isTTY === true ? barReporter(stream) : lineReporter(stream);
}

function lineReporter(stream: ProgressStream): ProgressReporter {
  return {
    onProgress(event) {
      if (event.type === 'file') stream.write(`${formatProgressLine(event.index, event.total, event.file, event.outcome)}\n`);
    },
    stop() {},
  };
}

function barReporter(stream: ProgressStream): ProgressReporter {
  const bar = new SingleBar(
    { stream, format: 'Ingesting [{bar}] {value}/{total} | {failed} failed | {file}', hideCursor: true },
    Presets.shades_classic,
  );
  let failed = 0;
  let started = false;
  return {
    onProgress(event) {
      if (event.type === 'start') {
        bar.start(event.total, 0, { file: '', failed });
        started = true;
        return;
      }
      if (event.outcome.status === 'failed') failed += 1;
      bar.update(event.index, { file: path.basename(event.file), failed });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
