import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };

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

/** A straight horizontal or vertical line drawn on the page: table borders and cell rules. */
export interface RuleLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What the layout needs of one page: its box (PDF points), its text runs and its ruled lines. */
export interface PageContent {
  pageNumber: number;
  bottom: number;
  top: number;
  runs: TextRun[];
  rules: RuleLine[];
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


type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** A drawn shape thinner than this (points) is a rule, however it was drawn (stroked line or filled bar). */
const MAX_RULE_THICKNESS = 2.5;
/** Shorter strokes are underlines, bullets or glyph decorations, not table borders. */
const MIN_RULE_LENGTH = 6;
/** pdf.js path commands inside a constructPath operation. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function isNumberArray(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && value.length === 6 && value.every((item) => typeof item === 'number');
}

/** A straight segment as a rule, when it is horizontal or vertical and long enough. */
function ruleOf(x0: number, y0: number, x1: number, y1: number): RuleLine | null {
  const horizontal = Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) >= MIN_RULE_LENGTH;
  const vertical = Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) >= MIN_RULE_LENGTH;
  if (!horizontal && !vertical) return null;
  return { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
}

/**
 * The rules of one path: each straight segment of a stroked path, and each filled
 * rectangle thin enough to be a line (Word draws table borders as thin filled bars).
 */
function rulesOfPath(path: ArrayLike<number>, ctm: Matrix, stroked: boolean, filled: boolean): RuleLine[] {
  const rules: RuleLine[] = [];
  const points: Array<[number, number]> = [];
  let start: [number, number] | null = null;
  let current: [number, number] | null = null;
  let curved = false;
  for (let index = 0; index < path.length; ) {
    const command = path[index];
    if (command === MOVE_TO || command === LINE_TO) {
      const point = apply(ctm, path[index + 1], path[index + 2]);
      if (command === LINE_TO && current && stroked) {
        const rule = ruleOf(current[0], current[1], point[0], point[1]);
        if (rule) rules.push(rule);
      }
      if (command === MOVE_TO) start = point;
      current = point;
      points.push(point);
      index += 3;
    } else if (command === CURVE_TO) {
      curved = true;
      current = apply(ctm, path[index + 5], path[index + 6]);
      index += 7;
    } else if (command === QUADRATIC_CURVE_TO) {
      curved = true;
      current = apply(ctm, path[index + 3], path[index + 4]);
      index += 5;
    } else if (command === CLOSE_PATH) {
      if (current && start && stroked) {
        const rule = ruleOf(current[0], current[1], start[0], start[1]);
        if (rule) rules.push(rule);
      }
      current = start;
      index += 1;
    } else {
      break;
    }
  }
  if (filled && !curved && points.length >= 4) {
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 >= MIN_RULE_LENGTH) rules.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
    else if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 >= MIN_RULE_LENGTH) rules.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
  }
  return rules;
}

/**
 * The ruled lines of a page, read from its operator list with the transformation matrix
 * tracked through save/restore and form XObjects, so they share the text's coordinates.
 */
async function readRules(page: Pdfjs.PDFPageProxy, pdfjs: PdfjsModule): Promise<RuleLine[]> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList();
  const rules: RuleLine[] = [];
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
      rules.push(...rulesOfPath(path, ctm, strokeOps.has(paint), fillOps.has(paint)));
    }
  });
  return rules;
}

/** The text runs of a page: non-blank, horizontal text items with their geometry. */
async function readRuns(page: Pdfjs.PDFPageProxy): Promise<TextRun[]> {
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim().length === 0) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // Rotated or vertical text (stamps, margin notes) is not letter prose.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
    const size = Math.hypot(c, d) || item.height;
    runs.push({ text: normaliseRunText(item.str), x0: e, x1: e + item.width, y: f, size });
  }
  return runs;
}

/** Everything the layout needs from one pdf.js page. */
export async function readPageContent(page: Pdfjs.PDFPageProxy, pdfjs: PdfjsModule): Promise<PageContent> {
  const [, bottom, , top] = page.view;
  const runs = await readRuns(page);
  const rules = await readRules(page, pdfjs);
  return { pageNumber: page.pageNumber, bottom, top, runs, rules };
}
