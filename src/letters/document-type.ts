/**
 * What a letter file's bytes are, judged by their content: a PDF, a Word document, another ZIP
 * archive, an old binary Word file, or text (plain, HTML or markdown, in any encoding).
 */
export type DocumentType = 'pdf' | 'docx' | 'zip' | 'legacy-word' | 'text';

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/**
 * PDF readers accept a header anywhere in the first kilobyte (some mailers and generators put
 * bytes before it); here it must also start a line, so a text that mentions "%PDF-" is text.
 */
const PDF_HEADER_SEARCH = 1024;
const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
/** The end-of-directory record is 22 bytes, followed by an archive comment of at most 65,535. */
const END_RECORD_SEARCH = 22 + 0xffff;
/** An Office document has a few dozen entries; a directory far larger is not one. */
const MAX_DIRECTORY_ENTRIES = 10_000;
/** The part every Word (OOXML) document has. */
const WORD_MAIN_PART = 'word/document.xml';

function matchesAt(bytes: Uint8Array, offset: number, pattern: readonly number[]): boolean {
  return offset + pattern.length <= bytes.length && pattern.every((byte, index) => bytes[offset + index] === byte);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length, PDF_HEADER_SEARCH) - PDF_HEADER.length;
  for (let offset = 0; offset <= last; offset += 1) {
    const startsLine = offset === 0 || bytes[offset - 1] === 0x0a || bytes[offset - 1] === 0x0d;
    if (startsLine && matchesAt(bytes, offset, PDF_HEADER)) return true;
  }
  return false;
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An entry of a ZIP archive's central directory: its name and the size it claims once inflated. */
export interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

/**
 * The entries of a ZIP archive's central directory, or null when there is no readable
 * directory. Reads only the directory, never the compressed data, so it is cheap and bounded
 * however large or hostile the archive.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const data = dataView(bytes);
  const lowest = Math.max(0, bytes.length - END_RECORD_SEARCH);
  for (let end = bytes.length - 22; end >= lowest; end -= 1) {
    if (data.getUint32(end, true) !== ZIP_END_OF_DIRECTORY) continue;
    const count = data.getUint16(end + 10, true);
    if (count > MAX_DIRECTORY_ENTRIES) return null;
    let offset = data.getUint32(end + 16, true);
    const entries: ZipEntry[] = [];
    const decoder = new TextDecoder();
    for (let index = 0; index < count; index += 1) {
      if (offset + 46 > bytes.length || data.getUint32(offset, true) !== ZIP_DIRECTORY_ENTRY) return null;
      const nameLength = data.getUint16(offset + 28, true);
      if (offset + 46 + nameLength > bytes.length) return null;
      entries.push({
        name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
        uncompressedSize: data.getUint32(offset + 24, true),
      });
      offset += 46 + nameLength + data.getUint16(offset + 30, true) + data.getUint16(offset + 32, true);
    }
    return entries;
  }
  return null;
}

/**
 * Tells the file's type from its first bytes (and, for a ZIP archive, its directory): the
 * content decides, never the file name, because letters arrive renamed, without an
 * extension, or as `.doc` files that are really HTML.
 */
export function detectDocumentType(bytes: Uint8Array): DocumentType {
  if (hasPdfHeader(bytes)) return 'pdf';
  if (bytes.length >= 4 && dataView(bytes).getUint32(0, true) === ZIP_LOCAL_HEADER) {
    return zipEntries(bytes)?.some((entry) => entry.name === WORD_MAIN_PART) ? 'docx' : 'zip';
  }
  if (matchesAt(bytes, 0, OLE2_HEADER)) return 'legacy-word';
  return 'text';
}
