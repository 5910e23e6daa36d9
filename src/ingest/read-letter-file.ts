import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { describeFileSystemError } from './letter-file-errors';
import { type LetterFileError, LetterFileErrorCode } from './letter-file-errors';
import { MAX_LETTER_CHARS } from '../letters/limits';
import { decodeLetterBytes } from '../letters/text/decode-letter-bytes';

/**
 * The one size limit on a letter file, in bytes, whatever its encoding. Equal to the parser's
 * character limit: UTF-8, UTF-16 and Windows-1252 all spend at least one byte per UTF-16 code
 * unit, so a file within this limit always decodes to a text within the parser's, and a file
 * is never accepted by one check and refused by the other. Real letters are 5-40 kB.
 */
export const MAX_LETTER_FILE_BYTES = MAX_LETTER_CHARS;

/** A letter file's decoded text, or why there is none. */
export type LetterFileRead = { text: string } | { error: LetterFileError };

function tooLarge(size: string): { error: LetterFileError } {
  return {
    error: { code: LetterFileErrorCode.FILE_TOO_LARGE, message: `The file is ${size}; letters are at most ${MAX_LETTER_FILE_BYTES} bytes` },
  };
}

/** Reads at most `limit + 1` bytes, so a file that grew after it was measured is still caught without holding it all. */
async function readAtMost(file: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start: 0, end: limit })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads one letter file and decodes it (UTF-16 with a byte order mark, UTF-8, else
 * Windows-1252; see {@link decodeLetterBytes}). Both the `parse` command and ingestion read
 * files through here, so a file parses and ingests alike. Never throws: a missing, unreadable
 * or oversized file comes back as an error, and an oversized one is refused before it is read.
 */
export async function readLetterFile(file: string): Promise<LetterFileRead> {
  try {
    const stats = await stat(file);
    // Checked first: reading a named pipe would wait for a writer, and a folder has no bytes.
    if (!stats.isFile()) {
      const what = stats.isDirectory() ? 'a folder' : 'not a regular file';
      return { error: { code: LetterFileErrorCode.UNREADABLE_FILE, message: `Cannot read: it is ${what}` } };
    }
    if (stats.size > MAX_LETTER_FILE_BYTES) return tooLarge(`${stats.size} bytes`);
    const bytes = await readAtMost(file, MAX_LETTER_FILE_BYTES);
    if (bytes.length > MAX_LETTER_FILE_BYTES) return tooLarge('growing while it is read and already too large');
    return { text: decodeLetterBytes(bytes) };
  } catch (error) {
    return { error: describeFileSystemError(error) };
  }
}
