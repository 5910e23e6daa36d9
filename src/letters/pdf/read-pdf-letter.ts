import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };
import { type DocumentRead, DocumentReadErrorCode, documentFailure, reasonOf } from '../document-read-error';
import { detectDocumentType } from '../document-type';
import { MAX_LETTER_CHARS, MAX_PDF_PAGES, MAX_PDF_READ_MILLISECONDS } from '../limits';
import { layOutLetter } from './lay-out-letter';
import { letterToHtml } from './letter-html';
import { type PageContent, type PdfjsModule, readPageContent } from './read-page-content';

/** Limits for one read; the defaults (`src/letters/limits.ts`) suit letters, tests lower them. */
export interface PdfReadLimits {
  maxPages?: number;
  maxMilliseconds?: number;
}

/** A limit hit while reading pages: thrown inside this module only, returned as a value by `readPdfLetter`. */
class PdfReadStop extends Error {
  constructor(
    readonly code: DocumentReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

let loading: Promise<PdfjsModule> | null = null;

/**
 * Loads pdf.js once per process. pdf.js 5 ships only as ES modules and this project compiles
 * to CommonJS: TypeScript (module node16) keeps this `import()` a real dynamic import, which
 * Node runs natively and Jest runs through its ES module support (`--experimental-vm-modules`,
 * set by `npm test`). A static import or `require()` would fail on Node 20.
 */
function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Opens a PDF in pdf.js's main-thread mode (on Node the legacy build parses in this thread: no
 * worker file, no CDN). Only the text layer and the drawn lines are read, so fonts are neither
 * loaded nor rendered and no canvas is needed; eval is off; only errors are logged, because
 * warnings would land in the command line's JSON output.
 */
async function openDocument(pdfjs: PdfjsModule, bytes: Uint8Array): Promise<PDFDocumentProxy | DocumentRead> {
  const task = pdfjs.getDocument({
    // pdf.js takes over (and may detach) the buffer it is given: it gets a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (error instanceof Error && error.name === 'PasswordException') {
      return documentFailure('ENCRYPTED_PDF', 'the PDF is protected by a password, so its text cannot be read');
    }
    return documentFailure('UNREADABLE_PDF', `the PDF cannot be read: ${reasonOf(error)}`);
  }
}

/** Gives timers and I/O a turn between pages, so one read does not starve the rest of the process. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function readPages(document: PDFDocumentProxy, pdfjs: PdfjsModule, deadline: number): Promise<PageContent[]> {
  const pages: PageContent[] = [];
  let characters = 0;
  for (let number = 1; number <= document.numPages; number += 1) {
    await yieldToEventLoop();
    if (Date.now() > deadline) {
      throw new PdfReadStop('READ_TIMEOUT', `reading the PDF took too long (stopped at page ${number} of ${document.numPages})`);
    }
    const page = await document.getPage(number);
    try {
      const content = await readPageContent(page, pdfjs);
      characters += content.runs.reduce((sum, run) => sum + run.text.length, 0);
      if (characters > MAX_LETTER_CHARS) {
        throw new PdfReadStop('TOO_MUCH_TEXT', `the PDF holds more than ${MAX_LETTER_CHARS} characters of text: not a letter`);
      }
      pages.push(content);
    } finally {
      page.cleanup();
    }
  }
  return pages;
}

/**
 * Reads a letter PDF into the text the letter parser expects. The page is rebuilt from the
 * positions of its text, not dumped in content-stream order: a plain dump loses table columns
 * (the APA strengths tables come out as one column interleaving both) and leaves running
 * headers and footers in mid-sentence. The text is a small HTML document (see `letterToHtml`).
 *
 * Fails with UNREADABLE_PDF (no PDF header, damaged), ENCRYPTED_PDF (needs a password),
 * TOO_MANY_PAGES, TOO_MUCH_TEXT, READ_TIMEOUT or NO_TEXT_LAYER (a scan); never throws.
 * The deadline is checked between pages: pdf.js parses in this thread, so one pathological
 * page can still run past it.
 */
export async function readPdfLetter(bytes: Uint8Array, limits: PdfReadLimits = {}): Promise<DocumentRead> {
  if (detectDocumentType(bytes) !== 'pdf') return documentFailure('UNREADABLE_PDF', 'the file has no PDF header (%PDF-): not a PDF');
  const maxPages = limits.maxPages ?? MAX_PDF_PAGES;
  const deadline = Date.now() + (limits.maxMilliseconds ?? MAX_PDF_READ_MILLISECONDS);
  let pdfjs: PdfjsModule;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
    return documentFailure('UNREADABLE_PDF', `the PDF reader (pdf.js) could not be loaded: ${reasonOf(error)}`);
  }
  const document = await openDocument(pdfjs, bytes);
  if ('ok' in document) return document;
  try {
    if (document.numPages > maxPages) {
      return documentFailure('TOO_MANY_PAGES', `the PDF has ${document.numPages} pages; a letter has at most ${maxPages}`);
    }
    const pages = await readPages(document, pdfjs, deadline);
    if (pages.every((page) => page.runs.length === 0)) {
      return documentFailure('NO_TEXT_LAYER', 'the PDF has no text layer (a scanned image?): its words cannot be read without OCR');
    }
    return { ok: true, text: letterToHtml(layOutLetter(pages)) };
  } catch (error) {
    if (error instanceof PdfReadStop) return documentFailure(error.code, error.message);
    return documentFailure('UNREADABLE_PDF', `the PDF cannot be read: ${reasonOf(error)}`);
  } finally {
    await document.destroy();
  }
}
