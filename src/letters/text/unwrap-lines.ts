import { isSalutation, isSectionHeading } from '../grammar/section-headings';

/** A physical line of the input and what came before it: a blank line, removed page furniture. */
interface PhysicalLine {
  text: string;
  afterBlank: boolean;
  afterPageBreak: boolean;
}

const BULLET_START = /^\u2022/;
const SENTENCE_END = /[.:;!?)"']$/;
const HYPHENATED_END = /[A-Za-z]-$/;

/**
 * PDF text is hard-wrapped: no line is longer than the page is wide and many lines reach
 * nearly that width. Text exported from a word processor keeps each paragraph on one line.
 */
function wrapWidthOf(lines: readonly PhysicalLine[]): number | null {
  const lengths = lines.map((line) => line.text.length).filter((length) => length > 0);
  if (lengths.length < 5 || lengths.some((length) => length > 140)) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  const nearlyFull = lengths.filter((length) => length >= width * 0.7).length;
  return width >= 45 && nearlyFull >= 5 ? width : null;
}

/**
 * A logical line being built from physical lines. Kept as pieces so that joining stays
 * linear, and the tests that look at its end only look at its last physical line.
 */
interface LogicalLine {
  pieces: string[];
  length: number;
  hasTab: boolean;
  /** Its first physical line is a heading: headings stand alone. */
  heading: boolean;
  /** It is a bulleted list item: lines that continue it need no sentence-like shape. */
  bulleted: boolean;
}

function lastPiece(line: LogicalLine): string {
  return line.pieces[line.pieces.length - 1] ?? '';
}

function startLine(text: string): LogicalLine {
  return { pieces: [text], length: text.length, hasTab: text.includes('\t'), heading: isSectionHeading(text), bulleted: BULLET_START.test(text) };
}

function appendLine(line: LogicalLine, next: string): void {
  const last = lastPiece(line);
  if (HYPHENATED_END.test(last)) {
    // "safe-" + "guarding" was one word; "Stoke-on-" + "Trent" keeps its hyphen.
    if (/^[a-z]/.test(next)) {
      line.pieces[line.pieces.length - 1] = last.slice(0, -1);
      line.length -= 1;
    }
    line.pieces.push(next);
  } else {
    line.pieces.push(` ${next}`);
    line.length += 1;
  }
  line.length += next.length;
  line.hasTab ||= next.includes('\t');
}

interface JoinContext {
  inHeader: boolean;
  wrapWidth: number | null;
  lastPhysicalLength: number;
}

/** A table label that leads a list ("Being healthy:"): it opens a block of its own. */
const LABEL_END = /:$/;

/**
 * Inside a bulleted list, a line with no bullet that is neither a label nor a heading is
 * the wrapped tail of the item above (a narrow PDF column wraps items anywhere). A tail
 * that starts with a capital ("... the Learning and Skills" / "Council.") is one only if
 * the item has not ended and the line is no wider than the item's last line: a paragraph
 * after the list runs wider.
 */
function continuesListItem(previous: LogicalLine, text: string, lastPhysicalLength: number): boolean {
  if (LABEL_END.test(text)) return false;
  if (/^[a-z(]/.test(text)) return true;
  return !SENTENCE_END.test(lastPiece(previous)) && text.length <= lastPhysicalLength;
}

function shouldJoin(previous: LogicalLine, next: PhysicalLine, context: JoinContext): boolean {
  const text = next.text;
  const end = lastPiece(previous);
  if (HYPHENATED_END.test(end) && /^[a-z]/.test(text)) return true;
  if (context.inHeader) return false;
  if (BULLET_START.test(text) || previous.hasTab || text.includes('\t')) return false;
  if (previous.heading || isSectionHeading(text)) return false;
  const continues = /^[a-z(]/.test(text);
  // A sentence that runs on past a page's footer and the next page's header is one sentence, however short its start.
  if (next.afterPageBreak) return continues && !SENTENCE_END.test(end);
  if (previous.bulleted && !next.afterBlank) return continuesListItem(previous, text, context.lastPhysicalLength);
  if (next.afterBlank) {
    // A page break in the middle of a sentence leaves a blank line before its lower-case tail.
    return continues && previous.length >= 60 && !SENTENCE_END.test(end);
  }
  if (HYPHENATED_END.test(end)) return true;
  if (context.wrapWidth !== null && context.lastPhysicalLength >= Math.max(40, context.wrapWidth * 0.65)) return true;
  return continues && !SENTENCE_END.test(end) && previous.length >= 40;
}

/**
 * Joins hard-wrapped physical lines into logical lines (paragraphs, list items, table
 * rows, headings). Address blocks before the salutation are never joined. Blank lines
 * are dropped: each returned line is one unit of the letter. `pageBreaks` holds the
 * indices of the physical lines that follow removed page furniture.
 */
export function unwrapLines(physical: readonly string[], pageBreaks: ReadonlySet<number> = new Set()): string[] {
  const lines: PhysicalLine[] = [];
  let blank = false;
  let pageBreak = false;
  physical.forEach((text, index) => {
    pageBreak ||= pageBreaks.has(index);
    if (text.length === 0) {
      blank = true;
      return;
    }
    lines.push({ text, afterBlank: blank, afterPageBreak: pageBreak });
    blank = false;
    pageBreak = false;
  });
  const salutationIndex = lines.findIndex((line) => isSalutation(line.text));
  const wrapWidth = wrapWidthOf(lines);
  const logical: LogicalLine[] = [];
  let lastPhysicalLength = 0;
  lines.forEach((line, index) => {
    const previous = logical[logical.length - 1];
    const context = { inHeader: index <= salutationIndex, wrapWidth, lastPhysicalLength };
    if (previous !== undefined && shouldJoin(previous, line, context)) appendLine(previous, line.text);
    else logical.push(startLine(line.text));
    lastPhysicalLength = line.text.length;
  });
  return logical.map((line) => line.pieces.join(''));
}
