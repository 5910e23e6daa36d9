import { type TextLine, widthShare } from './text-lines';

/** A paragraph or a list item: physical lines that read as one unit. */
export interface TextBlock {
  kind: 'paragraph' | 'item';
  ordered: boolean;
  lines: TextLine[];
}

/** How a run of lines is laid out: where its lines may end, and how far apart lines of one paragraph sit. */
export interface FlowMetrics {
  /** The right edge lines wrap at. */
  rightLimit: number;
  /** The largest baseline distance between two lines of one paragraph, in font sizes (headings are set larger). */
  maxLinePitch: number;
}

/** Lines of one paragraph start within this distance (points) of each other. */
const ALIGNED = 2;
/** A word space, as a share of the font size. */
const SPACE_WIDTH = 0.278;
/**
 * Slack in the wrapping test, as a share of the font size: the right limit is the widest
 * line seen (at or inside the real margin) and word widths are estimates.
 */
const WRAP_SLACK = 0.25;

/** The width of a line's first word: its share of the first run's measured width. */
function firstWordWidth(line: TextLine): number {
  const run = line.runs.find((candidate) => candidate.x0 >= line.textX0 - 0.5) ?? line.runs[0];
  const text = run.text.trimStart();
  const word = /^\S+/.exec(text)?.[0] ?? text;
  return (run.x1 - run.x0) * widthShare(text, word.length);
}

/**
 * True when the line above was wrapped rather than ended: the next line's first word
 * would not have fitted after it, or it ends inside a hyphenated word. A line that ends
 * short of the margin with room to spare (an address line, a heading) was ended on purpose.
 */
export function wasWrapped(above: TextLine, below: TextLine, rightLimit: number): boolean {
  if (/[A-Za-z][-\u00AD\u2010]$/.test(above.text) && /^[a-z]/.test(below.text)) return true;
  return above.x1 + SPACE_WIDTH * below.size + firstWordWidth(below) > rightLimit - WRAP_SLACK * below.size;
}

function leftEdge(block: TextBlock): number {
  return block.kind === 'item' ? block.lines[0].textX0 : block.lines[block.lines.length - 1].x0;
}

/** True when a line carries on the block above: close below it, aligned with it, and the block's last line wrapped. */
export function continuesBlock(block: TextBlock, line: TextLine, metrics: FlowMetrics): boolean {
  const above = block.lines[block.lines.length - 1];
  const pitch = above.y - line.y;
  if ((line.marker !== null && !line.marker.glued) || pitch <= 0 || pitch > metrics.maxLinePitch * Math.max(line.size, above.size)) return false;
  if (Math.abs(line.x0 - leftEdge(block)) > ALIGNED) return false;
  return wasWrapped(above, line, metrics.rightLimit);
}

/** A line whose glued "marker" turned out to be words of a wrapped sentence: its text whole again. */
function unmarked(line: TextLine): TextLine {
  if (line.marker === null) return line;
  const text = line.runs.map((run) => run.text).join(' ').replace(/\s+/g, ' ').trim();
  return { ...line, text, marker: null, textX0: line.x0 };
}

/**
 * Groups physical lines (top to bottom) into paragraphs and list items. A bulleted or
 * numbered line opens an item; a line continues the block above only when it is close
 * below it, starts at its left edge and the line above it was wrapped.
 */
export function groupLines(lines: readonly TextLine[], metrics: FlowMetrics): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const line of lines) {
    const current = blocks[blocks.length - 1];
    if (current && continuesBlock(current, line, metrics)) current.lines.push(unmarked(line));
    else blocks.push({ kind: line.marker ? 'item' : 'paragraph', ordered: line.marker?.ordered ?? false, lines: [line] });
  }
  return blocks;
}

/** A pitch is common when it is seen at least this share as often as the most common one. */
const COMMON_SHARE = 0.25;

/**
 * The usual distance between the baselines of a paragraph's lines, in font sizes: the
 * smallest ratio between consecutive aligned lines that is common. Lines of one paragraph
 * always sit closer than paragraphs do, but they are not always the most common pitch: a
 * short letter of one-line paragraphs and headings has more paragraph gaps than wrapped
 * lines, and taking the most common pitch there would let a heading run into the
 * paragraph above it whenever that paragraph's last line happens to fill the measure.
 */
export function typicalLinePitch(pages: ReadonlyArray<readonly TextLine[]>): number | null {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let index = 1; index < lines.length; index += 1) {
      const above = lines[index - 1];
      const below = lines[index];
      const ratio = (above.y - below.y) / below.size;
      if (Math.abs(above.x0 - below.x0) > ALIGNED || Math.abs(above.size - below.size) > 0.5 || ratio < 0.8 || ratio > 2.5) continue;
      const key = Math.round(ratio * 40) / 40;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const most = Math.max(0, ...counts.values());
  const common = [...counts].filter(([, count]) => count >= Math.max(2, most * COMMON_SHARE)).map(([ratio]) => ratio);
  if (common.length > 0) return Math.min(...common);
  return most > 0 ? Math.min(...[...counts].filter(([, count]) => count === most).map(([ratio]) => ratio)) : null;
}
