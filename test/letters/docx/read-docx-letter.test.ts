import { readDocxLetter } from '../../../src/letters/docx/read-docx-letter';
import { parseLetter } from '../../../src/letters/parse-letter';
import { comparableParse, realLetters } from '../expected-letter';
import { bytesOf, realCopy } from '../pdf/pdf-fixtures';

/** One stored (uncompressed) entry of a hand-built ZIP archive, with the inflated size its directory claims. */
interface ArchiveEntry {
  name: string;
  data: Buffer;
  claimedSize?: number;
}

/** A ZIP archive built byte by byte: local headers, central directory, end record (no compression). */
function zipArchive(entries: readonly ArchiveEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.claimedSize ?? entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

describe.each(realLetters())('the Word document of real letter $name', ({ name, expected }) => {
  it('parses to exactly the expected JSON of its text', async () => {
    const read = await readDocxLetter(bytesOf(realCopy(name, 'docx')));
    if (!read.ok) throw new Error(`read failed: ${read.error.code} ${read.error.message}`);
    const result = parseLetter(read.text);
    if (!result.ok) throw new Error(`parse failed: ${result.error.code} ${result.error.message}`);
    const { actual, required } = comparableParse(result.letter, expected);
    expect(actual).toEqual(required);
  });
});

describe('readDocxLetter on files that are not Word letters', () => {
  it('calls a PDF and a ZIP archive without word/document.xml NOT_A_WORD_DOCUMENT', async () => {
    for (const bytes of [bytesOf(realCopy('000_17a4590a237525fb.txt', 'pdf')), zipArchive([{ name: 'notes.txt', data: Buffer.from('hi') }])]) {
      expect(await readDocxLetter(bytes)).toMatchObject({ ok: false, error: { code: 'NOT_A_WORD_DOCUMENT' } });
    }
  });

  it('refuses an archive claiming to inflate past the limit before inflating anything', async () => {
    const bomb = zipArchive([{ name: 'word/document.xml', data: Buffer.from('<w:document/>'), claimedSize: 60 * 1024 * 1024 }]);
    expect(await readDocxLetter(bomb)).toEqual({
      ok: false,
      error: { code: 'UNREADABLE_DOCX', message: 'the Word document would inflate to 62914560 bytes, more than a letter could' },
    });
  });

  it('calls a Word archive whose document part is not Word XML UNREADABLE_DOCX, never throwing', async () => {
    const broken = zipArchive([{ name: 'word/document.xml', data: Buffer.from('not xml <<<') }]);
    expect(await readDocxLetter(broken)).toMatchObject({ ok: false, error: { code: 'UNREADABLE_DOCX' } });
  });
});
