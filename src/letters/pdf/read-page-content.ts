import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };
import { IDENTITY, type Mark, type Matrix, multiply, type RuleLine, shapesOfPath } from './path-shapes';

/** The pdf.js module: its legacy build, the one that runs on Node without browser globals. */
export type PdfjsModule = typeof Pdfjs;

/** One run of text as pdf.js places it: its text, left and right edge, baseline and font size, in PDF points (y grows upwards). */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** What the layout needs of one page: its box (PDF points), its text runs, its ruled lines and its small drawn marks. */
export interface PageContent {
  pageNumber: number;
  bottom: number;
  top: number;
  runs: TextRun[];
  rules: RuleLine[];
  marks: Mark[];
}

/**
 * Typographic ligatures that PDF fonts draw as one glyph and pdf.js may hand back as one
 * code point ("ﬁ" in "ﬁndings"): the letters they stand for.
 */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** Replaces ligature glyphs with their letters (soft hyphens stay: a line-end one marks a broken word, which the layout joins). */
function normaliseRunText(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature);
}

/**
 * At most this many rules are kept from one page: a letter draws a few hundred, and the
 * table finders compare rules pairwise, so a page of vector art (a map, a chart, a hostile
 * file) must not make them quadratic in its size.
 */
const MAX_RULES_PER_PAGE = 3000;
/** At most this many marks are kept from one page: each is checked against every run as a possible bullet, and a page of a letter has a few dozen. */
const MAX_MARKS_PER_PAGE = 500;

function isNumberArray(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && value.length === 6 && value.every((item) => typeof item === 'number');
}

/**
 * The ruled lines and small marks of a page, read from its operator list with the
 * transformation matrix tracked through save/restore and form XObjects, so they share the
 * text's coordinates.
 */
async function readShapes(page: Pdfjs.PDFPageProxy, pdfjs: PdfjsModule): Promise<{ rules: RuleLine[]; marks: Mark[] }> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList();
  const rules: RuleLine[] = [];
  const marks: Mark[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  list.fnArray.forEach((fn, index) => {
    const args: unknown = list.argsArray[index];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && isMatrix(args)) ctm = multiply(args, ctm);
    else if (fn === OPS.paintFormXObjectBegin && Array.isArray(args)) {
      stack.push(ctm);
      const matrix: unknown = args[0];
      if (isMatrix(matrix)) ctm = multiply(matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const paint: unknown = args[0];
      const data: unknown = args[1];
      if (typeof paint !== 'number' || !Array.isArray(data)) return;
      const path: unknown = data[0];
      // Checked by shape, not `instanceof Float32Array`: pdf.js structured-clones its messages,
      // and under Jest the clone's typed arrays come from another realm.
      if (!isNumberArray(path)) return;
      const shapes = shapesOfPath(path, ctm, strokeOps.has(paint), fillOps.has(paint));
      rules.push(...shapes.rules.slice(0, MAX_RULES_PER_PAGE - rules.length));
      marks.push(...shapes.marks.slice(0, MAX_MARKS_PER_PAGE - marks.length));
    }
  });
  return { rules, marks };
}

/**
 * Fonts whose codes stand for pictures, not letters. Set without an embedded font or a
 * Unicode map (reportlab's ZapfDingbats bullets, a Symbol font), their glyphs come back as
 * the letters that share their codes: ZapfDingbats' black square as "n".
 */
const SYMBOL_FONT = /dingbat|symbol|wingding|webding/i;

/** The PostScript name of a font pdf.js has loaded for the page (its operator list read first), or null. */
function loadedFontName(page: Pdfjs.PDFPageProxy, id: string): string | null {
  try {
    if (!page.commonObjs.has(id)) return null;
    const font: unknown = page.commonObjs.get(id);
    return font && typeof font === 'object' && 'name' in font && typeof font.name === 'string' ? font.name : null;
  } catch {
    return null;
  }
}

/** What an unmapped symbol-font code comes back as: the ASCII or Latin-1 character, or a private-use one, with its code. */
const UNMAPPED_CODE = /^[!-~\u00A1-\u00FF\uF000-\uF0FF]$/;

/**
 * A run's text. A lone unmapped character in a symbol font is a pictograph set before a
 * list item or in a table (a bullet, a square, a tick): it reads as a bullet, which is what
 * it shows. A symbol font's character with a real Unicode value ("•", "–") is left as it is.
 */
function runText(text: string, fontName: string | null): string {
  if (fontName && SYMBOL_FONT.test(fontName) && UNMAPPED_CODE.test(text.trim())) return '\u2022';
  return normaliseRunText(text);
}

/** The text runs of a page: non-blank, horizontal text items with their geometry. */
async function readRuns(page: Pdfjs.PDFPageProxy): Promise<TextRun[]> {
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  const fontNames = new Map<string, string | null>();
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim().length === 0) continue;
    if (!fontNames.has(item.fontName)) fontNames.set(item.fontName, loadedFontName(page, item.fontName));
    const [a, b, c, d, e, f] = item.transform as number[];
    // Rotated or vertical text (stamps, margin notes) is not letter prose.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
    const size = Math.hypot(c, d) || item.height;
    runs.push({ text: runText(item.str, fontNames.get(item.fontName) ?? null), x0: e, x1: e + item.width, y: f, size });
  }
  return runs;
}

/** Everything the layout needs from one pdf.js page. */
export async function readPageContent(page: Pdfjs.PDFPageProxy, pdfjs: PdfjsModule): Promise<PageContent> {
  const [, bottom, , top] = page.view;
  // Shapes first: reading the operator list loads the page's fonts, whose names the runs need.
  const { rules, marks } = await readShapes(page, pdfjs);
  const runs = await readRuns(page);
  return { pageNumber: page.pageNumber, bottom, top, runs, rules, marks };
}
