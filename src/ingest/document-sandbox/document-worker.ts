import { parentPort } from 'node:worker_threads';
import { type DocumentRead, documentFailure } from '../../letters/document-read-error';
import { detectDocumentType } from '../../letters/document-type';
import { readDocument } from '../../letters/read-document';
import { checkInflation } from './inflation-cap';

/** What the sandbox hands the thread. */
export interface DocumentJob {
  bytes: Uint8Array;
  fileName: string;
  maxInflatedBytes: number;
}

/** Reads one document in this thread: the Word archive's real inflated size first, then the letters library's reader. */
async function read({ bytes, fileName, maxInflatedBytes }: DocumentJob): Promise<DocumentRead> {
  if (detectDocumentType(bytes) === 'docx') {
    const problem = checkInflation(bytes, maxInflatedBytes);
    if (problem?.kind === 'too-large') {
      return documentFailure('UNREADABLE_DOCX', `the Word document inflates to more than ${problem.limit} bytes, more than a letter could`);
    }
    if (problem?.kind === 'damaged') return documentFailure('UNREADABLE_DOCX', `the Word document is damaged: ${problem.reason}`);
  }
  return readDocument(bytes, fileName);
}

// One document at a time: the sandbox sends the next only after this one's answer.
parentPort?.on('message', (job: DocumentJob) => {
  void read(job).then((result) => parentPort?.postMessage(result));
});
