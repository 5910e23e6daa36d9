import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFileSystemError } from './letter-file-errors';
import { type LetterFileError, LetterFileErrorCode } from './letter-file-errors';
import { detectDocumentType } from '../letters/document-type';
import { MAX_DOCUMENT_BYTES, MAX_LETTER_CHARS } from '../letters/limits';
import { readDocumentInSandbox } from './document-sandbox/read-document-in-sandbox';

/**
 * The size limit on a letter file in text (plain, HTML, markdown), in bytes, whatever its
 * encoding. Equal to the parser's character limit: UTF-8, UTF-16 and Windows-1252 all spend at
 * least one byte per UTF-16 code unit, so a file within this limit always decodes to a text
 * within the parser's, and a file is never accepted by one check and refused by the other.
 * Real letters are 5-40 kB. PDF and Word files may be larger (`MAX_DOCUMENT_BYTES`): most of
 * their bytes are fonts, images and compression, not text.
 */
export const MAX_LETTER_FILE_BYTES = MAX_LETTER_CHARS;

/** Enough of a file's start to see a PDF or ZIP header. */
const HEADER_BYTES = 1024;

/** A letter file's text, or why there is none. */
export type LetterFileRead = { text: string } | { error: LetterFileError };

function tooLarge(size: string, limit: number, what: string): { error: LetterFileError } {
  return { error: { code: LetterFileErrorCode.FILE_TOO_LARGE, message: `The file is ${size}; ${what} are at most ${limit} bytes` } };
}

/** Reads bytes `0..last` of a file (at most `last + 1`), so a file that grew after it was measured is still caught without holding it all. */
async function readUpTo(file: string, last: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start: 0, end: last })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True when the file starts as a PDF or Word document, the forms allowed past the text limit. */
function isDocument(bytes: Uint8Array): boolean {
  const type = detectDocumentType(bytes);
  return type === 'pdf' || type === 'docx' || type === 'zip';
}

/**
 * Reads one letter file into the text the parser reads: a PDF by its layout, a Word document
 * through its structure, text in its encoding (see {@link readDocumentInSandbox}, where PDF and Word
 * documents are read in a thread with time and memory limits; the content decides,
 * not the extension). Both the `parse` command and ingestion read files through here, so a
 * file parses and ingests alike. Never throws: a missing, unreadable, oversized, damaged or
 * encrypted file comes back as an error with its code. A file over the text limit is read
 * only when its first bytes say it is a PDF or Word document, and nothing over the document
 * limit is read at all.
 */
export async function readLetterFile(file: string): Promise<LetterFileRead> {
  try {
    const stats = await stat(file);
    // Checked first: reading a named pipe would wait for a writer, and a folder has no bytes.
    if (!stats.isFile()) {
      const what = stats.isDirectory() ? 'a folder' : 'not a regular file';
      return { error: { code: LetterFileErrorCode.UNREADABLE_FILE, message: `Cannot read: it is ${what}` } };
    }
    if (stats.size > MAX_DOCUMENT_BYTES) return tooLarge(`${stats.size} bytes`, MAX_DOCUMENT_BYTES, 'PDF and Word letters');
    if (stats.size > MAX_LETTER_FILE_BYTES && !isDocument(await readUpTo(file, HEADER_BYTES - 1))) {
      return tooLarge(`${stats.size} bytes`, MAX_LETTER_FILE_BYTES, 'letters');
    }
    const bytes = await readUpTo(file, MAX_DOCUMENT_BYTES);
    const limit = isDocument(bytes) ? MAX_DOCUMENT_BYTES : MAX_LETTER_FILE_BYTES;
    if (bytes.length > limit) return tooLarge('growing while it is read and already too large', limit, 'letters');
    const read = await readDocumentInSandbox(bytes, path.basename(file));
    return read.ok ? { text: read.text } : { error: read.error };
  } catch (error) {
    return { error: describeFileSystemError(error) };
  }
}
