import type { TextRun } from './read-page-content';
import type { RuledCell } from './ruled-tables';
import type { TextLine } from './text-lines';
import { shortCellRowStarts } from './short-cell-rows';

/** A table found from whitespace alone: its top and its rows of cells (the cells' runs are the table's text). */
export interface WhitespaceTable {
  top: number;
  rows: RuledCell[][];
}

/** A gap between columns is at least this many font sizes wide: a word space, even in justified text, is narrower. */
const MIN_COLUMN_GAP = 0.6;
/**
 * A table shows its columns in at least this many lines: lines with text on both sides of a
 * column gap, or lines that start in a column right of the first (a two-column list whose
 * cells are not set on one baseline shows few of the former). Two lines in a row with text
 * on both sides of the same gap are enough: the head of a table cut by a page break.
 */
const MIN_COLUMN_LINES = 3;
/** A line inside a column starts at the column's left edge within this distance (points), or is indented. */
const SAME_EDGE = 1;
/** Lines after a table's last two-column line still belong to it when this close below (in line pitches): a footer is further. */
const MAX_TRAILING_PITCHES = 2.2;

/**
 * A table is looked for over at most this many lines from where it starts (a letter's page
 * holds about sixty), so a page of thousands of short lines costs a bounded scan per line.
 */
const MAX_TABLE_LINES = 300;

type Strip = [number, number];

/** A run of one character that is not a letter or digit: a bullet, set apart from the text it opens. */
function isMarker(run: TextRun): boolean {
  const text = run.text.trim();
  return text.length === 1 && !/[\p{L}\p{N}]/u.test(text);
}

/** The gaps wider than a column gap between a line's runs, a bullet's gap to its text left out. */
function gapsOf(line: TextLine): Strip[] {
  const runs = [...line.runs].sort((a, b) => a.x0 - b.x0);
  const gaps: Strip[] = [];
  let reach = runs[0].x1;
  let onlyMarkers = isMarker(runs[0]);
  for (const run of runs.slice(1)) {
    if (run.x0 - reach >= MIN_COLUMN_GAP * run.size && !onlyMarkers) {
      gaps.push([reach, run.x0]);
      onlyMarkers = true;
    }
    if (!isMarker(run)) onlyMarkers = false;
    reach = Math.max(reach, run.x1);
  }
  return gaps;
}

/** The parts of the strips that a line leaves free of text, at least a column gap wide. */
function narrow(strips: readonly Strip[], line: TextLine): Strip[] {
  const minimum = MIN_COLUMN_GAP * line.size;
  let free = [...strips];
  for (const run of line.runs) {
    free = free.flatMap(([left, right]): Strip[] => {
      if (run.x1 <= left || run.x0 >= right) return [[left, right]];
      return [
        [left, Math.min(right, run.x0)],
        [Math.max(left, run.x1), right],
      ];
    });
    free = free.filter(([left, right]) => right - left >= minimum);
  }
  return free;
}

/**
 * Cuts a table's lines into rows. A row starts where a column's text starts again at the
 * column's left edge (not an indented list item or its wrapped lines) after a gap wider
 * than a paragraph's line pitch: a cell's heading, a new label; or at a line of a column
 * of short cells beside a label (rows set with no gap: see `shortCellRowStarts`). Cells of one row need not
 * share a baseline (producers pad cells differently), only the gap before them.
 */
function rowsOf(lines: readonly TextLine[], borders: readonly number[], maxLinePitch: number): RuledCell[][] {
  const columnOf = (run: TextRun): number => borders.filter((border) => (run.x0 + run.x1) / 2 > border).length;
  const columns = borders.length + 1;
  const lefts = Array.from({ length: columns }, (_unused, column) =>
    Math.min(...lines.flatMap((line) => line.runs.filter((run) => !isMarker(run) && columnOf(run) === column).map((run) => run.x0))),
  );
  const lastY: Array<number | null> = Array.from({ length: columns }, () => null);
  const rows: TextRun[][][] = [];
  const textOf = (runs: readonly TextRun[]): string => runs.map((run) => run.text.trim()).join(' ').trim();
  // Rows set without a wider gap between them show where they start by a column of short cells.
  const shortCellStarts = shortCellRowStarts(
    lines.map((line) => Array.from({ length: columns }, (_unused, column) => textOf(line.runs.filter((run) => columnOf(run) === column)))),
  );
  for (const [lineIndex, line] of lines.entries()) {
    const byColumn = Array.from({ length: columns }, (): TextRun[] => []);
    for (const run of line.runs) byColumn[columnOf(run)].push(run);
    const current = rows[rows.length - 1];
    // A column starting again opens a new row only once it has text in the current one:
    // the other cells of a row may start a little lower than the first.
    const starts = byColumn.some((runs, column) => {
      if (runs.length === 0 || (current && current[column].length === 0)) return false;
      const first = runs.reduce((left, run) => (run.x0 < left.x0 ? run : left));
      const previous = lastY[column];
      const atEdge = !isMarker(first) && first.x0 <= lefts[column] + SAME_EDGE;
      return atEdge && (previous === null || previous - line.y > maxLinePitch * line.size);
    });
    if (starts || shortCellStarts.has(lineIndex) || rows.length === 0) rows.push(Array.from({ length: columns }, (): TextRun[] => []));
    const row = rows[rows.length - 1];
    byColumn.forEach((runs, column) => {
      row[column].push(...runs);
      if (runs.length > 0) lastY[column] = line.y;
    });
  }
  // A column's cells span its text: from its left edge, which every page of the table
  // shares, to its widest line, where its lines wrap.
  const allRuns = lines.flatMap((line) => line.runs);
  const spans = Array.from({ length: columns }, (_unused, column) => {
    const inColumn = allRuns.filter((run) => columnOf(run) === column);
    return { x0: Math.min(...inColumn.map((run) => run.x0)), x1: Math.max(...inColumn.map((run) => run.x1)) };
  });
  return rows.map((row) => {
    const ys = row.flat().map((run) => run.y);
    const top = Math.max(...row.flat().map((run) => run.y + run.size));
    return row.map((runs, column) => ({ x0: spans[column].x0, x1: spans[column].x1, top, bottom: Math.min(...ys), runs }));
  });
}

/**
 * Tables drawn with no lines at all, read from whitespace: a stretch of lines that opens
 * with text in separate columns and shows its columns again further down, across which
 * vertical strips stay free of text.
 * The strips are the column borders. A line that crosses a strip ends the table; after the
 * last line with two columns, indented lines close below still belong to it (a last row
 * whose other cells are empty), as do indented lines close above its first (a row a page
 * break cut), and a line at the page's margin does not. Everything else
 * is left as running text, in its order.
 */
export function findWhitespaceTables(lines: readonly TextLine[], maxLinePitch: number): { tables: WhitespaceTable[]; lines: TextLine[] } {
  const margin = Math.min(...lines.map((line) => line.x0));
  const tables: WhitespaceTable[] = [];
  const rest: TextLine[] = [];
  let index = 0;
  while (index < lines.length) {
    const gaps = gapsOf(lines[index]);
    if (gaps.length === 0) {
      rest.push(lines[index]);
      index += 1;
      continue;
    }
    let strips: Strip[] = gaps;
    let end = index + 1;
    let lastSplit = index;
    let evidence = 1;
    while (end < lines.length && end - index < MAX_TABLE_LINES) {
      const line = lines[end];
      const free = narrow(strips, line);
      if (free.length === 0) break;
      // A line with a column gap of its own, or one that starts past a column border (its
      // row's other cells are on other baselines), shows the columns.
      if (gapsOf(line).length > 0 || line.x0 >= Math.min(...free.map(([, right]) => right)) - SAME_EDGE) {
        lastSplit = end;
        evidence += 1;
      }
      strips = free;
      end += 1;
    }
    if (evidence < MIN_COLUMN_LINES && !(evidence === 2 && lastSplit === index + 1 && gapsOf(lines[lastSplit]).length > 0)) {
      rest.push(lines[index]);
      index += 1;
      continue;
    }
    let last = lastSplit;
    while (last + 1 < end) {
      const next = lines[last + 1];
      const close = lines[last].y - next.y <= MAX_TRAILING_PITCHES * maxLinePitch * next.size;
      if (!close || next.x0 <= margin + SAME_EDGE) break;
      last += 1;
    }
    // Indented lines just above the first two-column line belong to the table too: the top
    // of a page that goes on with one column of a row whose other cells start lower.
    let first = index;
    while (rest.length > 0 && first > 0) {
      const previous = lines[first - 1];
      const free = narrow(strips, previous);
      const close = previous.y - lines[first].y <= MAX_TRAILING_PITCHES * maxLinePitch * previous.size;
      if (free.length === 0 || !close || previous.x0 <= margin + SAME_EDGE) break;
      strips = free;
      rest.pop();
      first -= 1;
    }
    const tableLines = lines.slice(first, last + 1);
    const borders = strips.map(([left, right]) => (left + right) / 2);
    tables.push({ top: Math.max(...tableLines.map((line) => line.y + line.size)), rows: rowsOf(tableLines, borders, maxLinePitch) });
    index = last + 1;
  }
  return { tables, lines: rest };
}
