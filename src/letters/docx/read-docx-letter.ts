import mammoth from 'mammoth';
import { type DocumentRead, documentFailure, reasonOf } from '../document-read-error';
import { detectDocumentType, zipEntries } from '../document-type';
import { MAX_DOCX_INFLATED_BYTES } from '../limits';

/** Elements that break a cell's content into lines in HTML, which must not happen inside a table row. */
const CELL_BLOCK_TAG = /<\/?(?:p|h[1-6]|ul|ol|br|div)\b[^<>]*>/gi;

/**
 * Puts each table cell's content on one line: paragraphs run together, list items each after a
 * bullet ("Being healthy: • joint working • new projects"). The letter parser reads a table row
 * as one line of tab-separated cells, and Word cells hold paragraphs and lists, which would
 * otherwise each become a line of their own.
 */
function flattenCells(html: string): string {
  return html.replace(/<td\b([^<>]*)>([\s\S]*?)<\/td>/gi, (_cell, attributes: string, content: string) => {
    const flat = content
      .replace(/<li\b[^<>]*>/gi, ' \u2022 ')
      .replace(/<\/li>/gi, ' ')
      .replace(CELL_BLOCK_TAG, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return `<td${attributes}>${flat}</td>`;
  });
}

/** Images are dropped: mammoth would inline them as base64 data, which is no letter text. */
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Reads a Word (.docx) letter into the text the letter parser expects: mammoth's semantic HTML
 * (paragraphs, headings, lists, tables; no layout), one block per line and each table cell on
 * one line, wrapped as a whole document so the parser treats source line breaks as spaces.
 * Mammoth's messages (unknown styles) are diagnostics and never printed; external files a
 * document links to are never opened.
 *
 * Fails with NOT_A_WORD_DOCUMENT when the bytes are not a Word archive, and UNREADABLE_DOCX
 * when the archive is damaged or claims an implausible inflated size.
 */
export async function readDocxLetter(bytes: Uint8Array): Promise<DocumentRead> {
  if (detectDocumentType(bytes) !== 'docx') {
    return documentFailure('NOT_A_WORD_DOCUMENT', 'the file is not a Word document (a ZIP archive holding word/document.xml)');
  }
  const inflated = (zipEntries(bytes) ?? []).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (inflated > MAX_DOCX_INFLATED_BYTES) {
    return documentFailure('UNREADABLE_DOCX', `the Word document would inflate to ${inflated} bytes, more than a letter could`);
  }
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: dropImages, externalFileAccess: false })).value;
  } catch (error) {
    return documentFailure('UNREADABLE_DOCX', `the Word document cannot be read: ${reasonOf(error)}`);
  }
  const body = flattenCells(html).replace(/<\/(?:p|h[1-6]|li|tr|table|ul|ol)>/g, '$&\n');
  return { ok: true, text: `<!DOCTYPE html>\n<html><body>\n${body}</body></html>\n` };
}
