import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverLetterFiles, isLetterFileName } from '../../src/ingest/discover-letter-files';

describe('isLetterFileName', () => {
  it.each(['a.txt', 'a.html', 'a.htm', 'a.md', 'a.pdf', 'a.docx', 'a.doc', 'KENT.TXT', 'Kent.PDF', 'dir.v2/letter.Html'])(
    'accepts %s',
    (name) => {
      expect(isLetterFileName(name)).toBe(true);
    },
  );

  it.each(['a.json', 'a.png', 'txt', 'pdf', '.DS_Store', 'a.txt.bak', 'a.pdf.zip'])('rejects %s', (name) => {
    expect(isLetterFileName(name)).toBe(false);
  });
});

describe('discoverLetterFiles', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'og-discover-'));
    mkdirSync(path.join(root, 'b', 'deeper'), { recursive: true });
    mkdirSync(path.join(root, 'a'));
    mkdirSync(path.join(root, 'c'));
    for (const file of ['b/deeper/z.md', 'b/y.htm', 'a/x.txt', 'c/notes.pdf', 'c/w.docx', 'top.html', 'image.png', 'sheet.xlsx']) {
      writeFileSync(path.join(root, file), 'text');
    }
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('walks folders recursively in name order, keeping only letter files and naming the others', async () => {
    const skipped: string[] = [];
    expect(await discoverLetterFiles([root], (file) => skipped.push(file))).toEqual([
      { file: path.join(root, 'a', 'x.txt'), named: false },
      { file: path.join(root, 'b', 'deeper', 'z.md'), named: false },
      { file: path.join(root, 'b', 'y.htm'), named: false },
      { file: path.join(root, 'c', 'notes.pdf'), named: false },
      { file: path.join(root, 'c', 'w.docx'), named: false },
      { file: path.join(root, 'top.html'), named: false },
    ]);
    expect(skipped).toEqual([path.join(root, 'image.png'), path.join(root, 'sheet.xlsx')]);
  });

  it('lists a file once however many arguments reach it', async () => {
    const file = path.join(root, 'a', 'x.txt');
    const entries = await discoverLetterFiles([file, path.join(root, 'a'), `${root}/a/../a/x.txt`]);
    // Named first, it stays named: a non-letter there is the user's to hear about.
    expect(entries).toEqual([{ file, named: true }]);
  });

  it('reports a missing path and a file without a letter extension, in argument order', async () => {
    const missing = path.join(root, 'missing.txt');
    const image = path.join(root, 'image.png');
    const entries = await discoverLetterFiles([missing, image, path.join(root, 'top.html')]);
    expect(entries).toEqual([
      { file: missing, error: { code: 'FILE_NOT_FOUND', message: 'No such file or folder' } },
      {
        file: image,
        error: { code: 'UNSUPPORTED_FILE', message: 'Not a letter file: expected .txt, .html, .htm, .md, .pdf, .docx, .doc' },
      },
      { file: path.join(root, 'top.html'), named: true },
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
