import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverLetterFiles, isLetterFileName } from '../../src/ingest/discover-letter-files';

describe('isLetterFileName', () => {
  it.each(['a.txt', 'a.html', 'a.htm', 'a.md', 'KENT.TXT', 'dir.v2/letter.Html'])('accepts %s', (name) => {
    expect(isLetterFileName(name)).toBe(true);
  });

  it.each(['a.pdf', 'a.json', 'txt', '.DS_Store', 'a.txt.bak'])('rejects %s', (name) => {
    expect(isLetterFileName(name)).toBe(false);
  });
});

describe('discoverLetterFiles', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'og-discover-'));
    mkdirSync(path.join(root, 'b', 'deeper'), { recursive: true });
    mkdirSync(path.join(root, 'a'));
    for (const file of ['b/deeper/z.md', 'b/y.htm', 'a/x.txt', 'a/notes.pdf', 'top.html', 'image.png']) {
      writeFileSync(path.join(root, file), 'text');
    }
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('walks folders recursively in name order, keeping only letter files and naming the others', async () => {
    const skipped: string[] = [];
    expect(await discoverLetterFiles([root], (file) => skipped.push(file))).toEqual([
      { file: path.join(root, 'a', 'x.txt') },
      { file: path.join(root, 'b', 'deeper', 'z.md') },
      { file: path.join(root, 'b', 'y.htm') },
      { file: path.join(root, 'top.html') },
    ]);
    expect(skipped).toEqual([path.join(root, 'a', 'notes.pdf'), path.join(root, 'image.png')]);
  });

  it('lists a file once however many arguments reach it', async () => {
    const file = path.join(root, 'a', 'x.txt');
    const entries = await discoverLetterFiles([file, path.join(root, 'a'), `${root}/a/../a/x.txt`]);
    expect(entries).toEqual([{ file }]);
  });

  it('reports a missing path and a file without a letter extension, in argument order', async () => {
    const missing = path.join(root, 'missing.txt');
    const pdf = path.join(root, 'a', 'notes.pdf');
    const entries = await discoverLetterFiles([missing, pdf, path.join(root, 'top.html')]);
    expect(entries).toEqual([
      { file: missing, error: { code: 'FILE_NOT_FOUND', message: 'No such file or folder' } },
      { file: pdf, error: { code: 'UNSUPPORTED_FILE', message: 'Not a letter file: expected .txt, .html, .htm, .md' } },
      { file: path.join(root, 'top.html') },
    ]);
  });

  it('does not loop on a symbolic link back up the tree', async () => {
    symlinkSync(root, path.join(root, 'b', 'loop'));
    const files = (await discoverLetterFiles([path.join(root, 'b')])).map((entry) => entry.file);
    expect(files.filter((file) => file.endsWith('z.md'))).toHaveLength(1);
  });

  it('returns nothing for an empty folder', async () => {
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    expect(await discoverLetterFiles([empty])).toEqual([]);
  });
});
