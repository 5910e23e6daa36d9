import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseLetterFile } from '../../src/commands/parse.command';
import { comparableParse, LETTER_FIXTURES, realLetters } from '../letters/expected-letter';
import { PDF_FIXTURES, realCopy } from '../letters/pdf/pdf-fixtures';

const ROOT = path.resolve(__dirname, '../..');

const dir = mkdtempSync(path.join(tmpdir(), 'parse-command-'));
const kent = readFileSync(path.join(LETTER_FIXTURES, 'real', '004_5ab39e3c457a8afd.txt'), 'utf8');

describe('parseLetterFile', () => {
  it('puts the file first, then the letter', async () => {
    const file = path.join(dir, 'kent.txt');
    writeFileSync(file, kent);
    const output = await parseLetterFile(file);
    expect(Object.keys(output).slice(0, 3)).toEqual(['file', 'kind', 'year']);
    expect(output).toMatchObject({ file, overallGrade: 3, authority: { laCode: '886' } });
  });

  it('reads Windows-1252 and UTF-16 files', async () => {
    const latin = path.join(dir, 'latin.txt');
    // Windows-1252 writes the right single quotation mark as byte 0x92, which is not UTF-8.
    const pieces = kent.split("'").map((piece) => Buffer.from(piece, 'latin1'));
    writeFileSync(latin, Buffer.concat(pieces.flatMap((piece, index) => (index === 0 ? [piece] : [Buffer.from([0x92]), piece]))));
    const utf16 = path.join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(kent, 'utf16le')]));
    for (const file of [latin, utf16]) {
      const output = await parseLetterFile(file);
      expect(output).toMatchObject({ file, overallGrade: 3 });
      expect(JSON.stringify(output)).toContain("Only half the children's homes");
    }
  });

  it('reports a missing file as FILE_NOT_FOUND, a folder as UNREADABLE_FILE and an empty file as EMPTY', async () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const missing = path.join(dir, 'missing.txt');
    expect(await parseLetterFile(missing)).toEqual({ file: missing, error: { code: 'FILE_NOT_FOUND', message: 'No such file or folder' } });
    expect(await parseLetterFile(dir)).toEqual({ file: dir, error: { code: 'UNREADABLE_FILE', message: 'Cannot read: it is a folder' } });
    expect(await parseLetterFile(empty)).toMatchObject({ file: empty, error: { code: 'EMPTY' } });
  });
});

describe('parseLetterFile on PDF and Word letters', () => {
  it.each(realLetters())('$name: its PDF and Word copies parse exactly like its text', async ({ name, expected }) => {
    for (const copy of [realCopy(name, 'pdf'), realCopy(name, 'docx')]) {
      const { file, ...letter } = await parseLetterFile(copy);
      expect(file).toBe(copy);
      if ('error' in letter) throw new Error(`${copy}: ${letter.error.code} ${letter.error.message}`);
      const { actual, required } = comparableParse(letter, expected);
      expect(actual).toEqual(required);
    }
  });

  it('reports an encrypted PDF, a damaged PDF and a ZIP that is no Word document with their codes', async () => {
    const damaged = path.join(dir, 'damaged.pdf');
    writeFileSync(damaged, '%PDF-1.7\n\u0000 nothing else');
    const zip = path.join(dir, 'letters.docx');
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const encrypted = path.join(PDF_FIXTURES, 'encrypted-letter.pdf');
    expect(await parseLetterFile(encrypted)).toMatchObject({ file: encrypted, error: { code: 'ENCRYPTED_PDF' } });
    expect(await parseLetterFile(damaged)).toMatchObject({ file: damaged, error: { code: 'UNREADABLE_PDF' } });
    expect(await parseLetterFile(zip)).toMatchObject({ file: zip, error: { code: 'NOT_A_WORD_DOCUMENT' } });
  });
});

describe('the built command line: ofsted-graph parse on PDF files', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  }, 180_000);

  function runParse(files: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'main.js'), 'parse', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('prints only the JSON array on stdout, exactly what parseLetterFile gives, and exits 0', async () => {
    const files = [realCopy('004_5ab39e3c457a8afd.txt', 'pdf'), realCopy('001_e2f644057def782b.txt', 'docx')];
    const { status, stdout, stderr } = runParse(files);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toBe(`${JSON.stringify([await parseLetterFile(files[0]), await parseLetterFile(files[1])], null, 2)}\n`);
  });

  it('gives an encrypted PDF its error object beside the good file and exits 1, still printing nothing else', () => {
    const encrypted = path.join(PDF_FIXTURES, 'encrypted-letter.pdf');
    const kent = realCopy('004_5ab39e3c457a8afd.txt', 'pdf');
    const { status, stdout, stderr } = runParse([kent, encrypted]);
    expect({ status, stderr }).toEqual({ status: 1, stderr: '' });
    const output = JSON.parse(stdout) as Array<{ file: string; error?: { code: string } }>;
    expect(output.map((item) => [item.file, item.error?.code ?? null])).toEqual([
      [kent, null],
      [encrypted, 'ENCRYPTED_PDF'],
    ]);
  });
});

describe('ofsted-graph parse --check', () => {
  const bathApa = readFileSync(path.join(LETTER_FIXTURES, 'real', '001_e2f644057def782b.txt'), 'utf8');

  function runParse(args: string[]) {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'main.js'), 'parse', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  beforeAll(() => {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  }, 180_000);

  it('exits 0 and says nothing on stderr for complete letters', () => {
    const complete = path.join(dir, 'complete-kent.txt');
    writeFileSync(complete, kent);
    const result = runParse(['--check', complete]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ file: complete, overallGrade: 3 })]);
  });

  it('exits 1 for an APA letter without all six outcome areas and says why on stderr, the JSON still on stdout', () => {
    // The Staying safe section (its heading and paragraphs) cut out of the real APA letter.
    const lines = bathApa.split('\n');
    expect(lines[61]).toBe('Staying safe');
    const partial = path.join(dir, 'bath-apa-partial.txt');
    writeFileSync(partial, [...lines.slice(0, 61), ...lines.slice(79)].join('\n'));
    const complete = path.join(dir, 'complete.txt');
    writeFileSync(complete, kent);

    const checked = runParse(['--check', complete, partial]);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toBe(`${partial}: MISSING_AREA: no "staying safe" section was found: an APA letter judges six areas\n`);
    expect(JSON.parse(checked.stdout).map((output: { file: string }) => output.file)).toEqual([complete, partial]);

    expect(runParse([partial])).toMatchObject({ status: 0, stderr: '' });
  });

  it('names a file that is not a letter on stderr too', () => {
    const minutes = path.join(dir, 'minutes.txt');
    writeFileSync(minutes, 'Minutes of the allotment society, March meeting.');
    const result = runParse(['--check', minutes]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${minutes}: [A-Z_]+: .+\\n$`));
  });
});
