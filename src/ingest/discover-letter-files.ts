import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFileSystemError } from './letter-file-errors';
import { type IngestError, IngestErrorCode } from './ingest-outcome';

/**
 * File extensions that hold letters: plain text, HTML, markdown, PDF and Word. They choose which
 * files in a folder are read; what a file is, once read, its content decides (an old `.doc`
 * may be HTML, or a binary Word file that is reported as UNSUPPORTED_FORMAT).
 */
export const LETTER_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.md', '.pdf', '.docx', '.doc'];

/**
 * A file to ingest (`named` when the user gave its path, not a folder holding it), or a path
 * that could not be turned into one (reported as a failure).
 */
export type LetterFileEntry = { file: string; named: boolean } | { file: string; error: IngestError };

/** True for a file name with a letter extension, in any letter case. */
export function isLetterFileName(name: string): boolean {
  return LETTER_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function pathError(file: string, error: unknown): LetterFileEntry {
  return { file, error: describeFileSystemError(error) };
}

/**
 * Expands files and folders into the letter files to ingest, in a stable order: each argument
 * in turn, folders walked recursively with entries sorted by name, each file listed once
 * however many arguments reach it. Only file names are gathered, never contents, so the list
 * stays small for thousands of letters. A file named directly must still have a letter
 * extension; inside folders anything else (images, spreadsheets, `.DS_Store`) is skipped and passed to
 * `onSkipped`, so that a run can say what it left out.
 */
export async function discoverLetterFiles(
  paths: readonly string[],
  onSkipped: (file: string) => void = () => undefined,
): Promise<LetterFileEntry[]> {
  const entries: LetterFileEntry[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const addFile = (file: string, named: boolean): void => {
    const key = path.resolve(file);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    entries.push({ file, named });
  };

  const walkFolder = async (folder: string): Promise<void> => {
    let real: string;
    let children: string[];
    try {
      real = await realpath(folder);
      children = (await readdir(folder)).sort();
    } catch (error) {
      entries.push(pathError(folder, error));
      return;
    }
    // A symbolic link back up the tree would otherwise be walked forever.
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    for (const child of children) {
      const childPath = path.join(folder, child);
      let isFolder: boolean;
      try {
        isFolder = (await stat(childPath)).isDirectory();
      } catch (error) {
        if (isLetterFileName(child)) entries.push(pathError(childPath, error));
        continue;
      }
      if (isFolder) await walkFolder(childPath);
      else if (isLetterFileName(child)) addFile(childPath, false);
      else onSkipped(childPath);
    }
  };

  for (const given of paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(given)).isDirectory();
    } catch (error) {
      entries.push(pathError(given, error));
      continue;
    }
    if (isFolder) await walkFolder(given);
    else if (isLetterFileName(given)) addFile(given, true);
    else {
      entries.push({
        file: given,
        error: { code: IngestErrorCode.UNSUPPORTED_FILE, message: `Not a letter file: expected ${LETTER_EXTENSIONS.join(', ')}` },
      });
    }
  }
  return entries;
}
