import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What one reader made of a file: its rows (header first) as text, or why it refused the file. */
export type ReaderView = string[][] | { error: string };

/** One file as each strict reader saw it; see `strict-csv-readers.py`. */
export interface StrictReads {
  csv: ReaderView;
  pandas: ReaderView;
  /** LibreOffice Calc's import, when asked for (it takes seconds, so it is read in batches). */
  spreadsheet?: ReaderView;
}

const SCRIPT = path.join(__dirname, 'strict-csv-readers.py');

/**
 * Debian's Python, which has pandas and openpyxl from python3-pandas and python3-openpyxl
 * (`.ci/run` installs them); a `python3` earlier on PATH (pyenv, a virtualenv) may lack them.
 */
const PYTHON = process.env.TEST_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

/**
 * Reads CSV files with Python's csv module (strict), pandas and, with `spreadsheet`, LibreOffice
 * Calc: the readers analysts use, none of which guesses its way past a badly quoted cell the way
 * a lenient parser does. Files are given by name (letters, digits and dashes) and content.
 */
export async function readCsvStrictly(
  files: Readonly<Record<string, Buffer | string>>,
  options: { spreadsheet?: boolean } = {},
): Promise<Record<string, StrictReads>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strict-csv-'));
  try {
    const paths = new Map<string, string>();
    for (const [name, content] of Object.entries(files)) {
      if (!/^[\w-]+$/.test(name)) throw new Error(`readCsvStrictly: file name ${name} must be letters, digits and dashes`);
      const file = path.join(folder, `${name}.csv`);
      await writeFile(file, content);
      paths.set(name, file);
    }
    const request = JSON.stringify({ files: [...paths.values()], spreadsheet: options.spreadsheet === true });
    const output = await new Promise<string>((resolve, reject) => {
      const child = execFile(PYTHON, [SCRIPT], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${PYTHON} ${SCRIPT} failed: ${error.message}\n${stderr}`)) : resolve(stdout),
      );
      child.stdin?.end(request);
    });
    const answer = JSON.parse(output) as Record<string, StrictReads>;
    return Object.fromEntries([...paths].map(([name, file]) => [name, answer[file]]));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Rows (header first) as objects keyed by the header, as a test reads them; throws if the reader refused the file. */
export function asRecords(view: ReaderView): Array<Record<string, string>> {
  if (!Array.isArray(view)) throw new Error(`the reader refused the file: ${view.error}`);
  const [header = [], ...rows] = view;
  return rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index]])));
}

/**
 * Numbers as a spreadsheet holds them: Calc keeps 15 significant digits and writes `2` for
 * `2.0`, so a proportion such as 0.6666666666666666 is compared to 12 digits on both sides.
 */
export function withSpreadsheetNumbers(view: ReaderView): ReaderView {
  if (!Array.isArray(view)) return view;
  return view.map((row) =>
    row.map((cell) => (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(cell) ? String(Number(Number(cell).toPrecision(12))) : cell)),
  );
}
