import { type DocumentRead, documentFailure } from './document-read-error';
import { detectDocumentType } from './document-type';
import { readDocxLetter } from './docx/read-docx-letter';
import { readPdfLetter } from './pdf/read-pdf-letter';
import { decodeLetterBytes } from './text/decode-letter-bytes';

/** How much of a file is looked at to tell binary bytes from text. */
const BINARY_SNIFF_BYTES = 4096;

/** NUL bytes near the start, without a UTF-16 byte order mark: no text encoding a letter uses has them. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match ? match[1].toLowerCase() : '';
}

/**
 * Turns a letter file's bytes into the text the letter parser reads, whatever form the letter
 * came in: a PDF (read by layout, see `pdf/read-pdf-letter.ts`), a Word document (`docx/`), or
 * text, HTML or markdown in any encoding (`text/decode-letter-bytes.ts`). The bytes decide the
 * form, never the name: a PDF saved as `.txt` is read as a PDF, and a `.doc` that is really
 * HTML as HTML. The name only sharpens the reason for a file that is neither: binary bytes
 * named `.pdf` are UNREADABLE_PDF, named `.docx` NOT_A_WORD_DOCUMENT, rather than text that
 * the parser would call BINARY. Never throws.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<DocumentRead> {
  switch (detectDocumentType(bytes)) {
    case 'pdf':
      return readPdfLetter(bytes);
    case 'docx':
      return readDocxLetter(bytes);
    case 'zip':
      return documentFailure('NOT_A_WORD_DOCUMENT', 'the file is a ZIP archive without a readable word/document.xml: not a Word document, or a damaged one');
    case 'legacy-word':
      return documentFailure('UNSUPPORTED_FORMAT', 'the file is an old binary Word document (.doc): save it as .docx or PDF to read it');
    case 'text': {
      const extension = extensionOf(fileName);
      if (extension === 'pdf' && looksBinary(bytes)) {
        return documentFailure('UNREADABLE_PDF', 'the file is named .pdf but has no PDF header (%PDF-): damaged, or not a PDF');
      }
      if (extension === 'docx' && looksBinary(bytes)) {
        return documentFailure('NOT_A_WORD_DOCUMENT', 'the file is named .docx but is not a Word document (a ZIP archive)');
      }
      return { ok: true, text: decodeLetterBytes(bytes) };
    }
  }
}
