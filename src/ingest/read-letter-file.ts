import { readFile, stat } from 'node:fs/promises';
import { type IngestError, IngestErrorCode } from './ingest-outcome';

/** Real letters are 4-20 KB; anything far bigger is not one and is not worth holding in memory. */
export const MAX_LETTER_FILE_BYTES = 5 * 1024 * 1024;

/** Reads one letter file as UTF-8, or says why it cannot be read, without throwing. */
export async function readLetterFile(file: string): Promise<{ text: string } | { error: IngestError }> {
  try {
    const { size } = await stat(file);
    if (size > MAX_LETTER_FILE_BYTES) {
      return {
        error: {
          code: IngestErrorCode.FILE_TOO_LARGE,
          message: `The file is ${size} bytes; letters are at most ${MAX_LETTER_FILE_BYTES} bytes`,
        },
      };
    }
    return { text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
    if (code === 'ENOENT') {
      return { error: { code: IngestErrorCode.FILE_NOT_FOUND, message: 'The file disappeared before it could be read' } };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { error: { code: IngestErrorCode.UNREADABLE_FILE, message: `Cannot read the file: ${detail}` } };
  }
}
