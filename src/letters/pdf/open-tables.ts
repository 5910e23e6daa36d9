import type { RuleLine } from './path-shapes';
import { shortCellRowStarts } from './short-cell-rows';
import type { TextRun } from './read-page-content';
import { isHorizontal, joinCollinear, type RuledCell, type RuledRow, type RuledTable } from './ruled-tables';

/** Rules of one table start and end at the same x, within this distance (points). */
const SAME_EDGE = 3;
/** A rule shorter than this (points) is an underline or a signature line, not a table edge. */
const MIN_TABLE_WIDTH = 120;
/** Two rules of one table are at most this far apart (points): a row taller than a third of a page is not a row. */
const MAX_ROW_HEIGHT = 280;
/** A gap between columns is at least this many font sizes wide: a word space or a bullet's indent is narrower. */
const MIN_COLUMN_GAP = 1.2;
/** An empty band taller than this (points) between two rules separates two tables; a double rule is closer. */
const MAX_EMPTY_BAND = 4;
/**
 * A page with more long rules than this is a form or a drawing, not a letter's page: its
 * rules are not read as open tables (each would be checked against every run of text).
 */
const MAX_LONG_RULES = 300;
/** A run's middle height above its baseline, in font sizes: where it is placed in a row, as in `placeRunsInTables`. */
const RUN_MIDDLE = 0.3;

/** A run of one character that is not a letter or digit: a bullet, which belongs with the text after it. */
function isMarker(run: TextRun): boolean {
  const text = run.text.trim();
  return text.length === 1 && !/[\p{L}\p{N}]/u.test(text);
}

function isInside(run: TextRun, x0: number, x1: number, top: number, bottom: number): boolean {
  const y = run.y + run.size * RUN_MIDDLE;
  return y <= top && y >= bottom && run.x0 >= x0 - SAME_EDGE && run.x1 <= x1 + SAME_EDGE;
}

/**
 * The column borders of a table whose columns are whitespace: the middles of the vertical
 * strips, wider than a word space, that no text crosses in any row. A strip with only
 * bullets to its left is a list's indent, not a column border, and is left out.
 */
function columnBorders(runs: readonly TextRun[], x0: number, x1: number): number[] {
  const spans = runs.map((run) => ({ x0: run.x0, x1: run.x1, marker: isMarker(run), size: run.size })).sort((a, b) => a.x0 - b.x0);
  const size = Math.min(...spans.map((span) => span.size));
  const borders: number[] = [];
  let reach = x0;
  let onlyMarkers = true;
  for (const span of spans) {
    if (span.x0 - reach >= MIN_COLUMN_GAP * size && reach > x0 && !onlyMarkers) {
      borders.push((reach + span.x0) / 2);
      onlyMarkers = true;
    }
    if (!span.marker) onlyMarkers = false;
    reach = Math.max(reach, span.x1);
  }
  return borders.filter((border) => border > x0 + SAME_EDGE && border < x1 - SAME_EDGE);
}

/** Runs on baselines closer than this many font sizes are on one line. */
const SAME_LINE = 0.4;
/** Where a row starts, above the baseline of its first line, in font sizes: above the line's text, below the line before it. */
const ROW_TOP_ABOVE_BASELINE = 0.65;

/**
 * The tops of the rows after the first inside one band between two rules, when the band
 * holds several rows that no rule separates (a rule under the header and one at the foot,
 * as Word and pandoc draw tables): see `shortCellRowStarts`.
 */
function rowTopsInBand(band: readonly TextRun[], xs: readonly number[]): number[] {
  const lines: Array<{ y: number; size: number; cells: string[] }> = [];
  for (const run of [...band].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    let line = lines.find((candidate) => Math.abs(candidate.y - run.y) <= SAME_LINE * Math.max(candidate.size, run.size));
    if (!line) {
      line = { y: run.y, size: run.size, cells: xs.slice(1).map(() => '') };
      lines.push(line);
    }
    const middle = (run.x0 + run.x1) / 2;
    const column = Math.max(0, xs.slice(1, -1).filter((border) => middle > border).length);
    line.cells[column] = `${line.cells[column]} ${run.text}`.trim();
  }
  lines.sort((a, b) => b.y - a.y);
  const starts = [...shortCellRowStarts(lines.map((line) => line.cells))].sort((a, b) => a - b);
  return starts.slice(1).map((index) => lines[index].y + ROW_TOP_ABOVE_BASELINE * lines[index].size);
}

/** Horizontal rules that start and end together, top to bottom: each group the edges of one table's rows. */
function stacks(horizontals: readonly RuleLine[]): RuleLine[][] {
  const groups: RuleLine[][] = [];
  const sorted = [...horizontals].sort((a, b) => b.y0 - a.y0);
  for (const rule of sorted) {
    const group = groups.find((candidate) => {
      const last = candidate[candidate.length - 1];
      return Math.abs(last.x0 - rule.x0) <= SAME_EDGE && Math.abs(last.x1 - rule.x1) <= SAME_EDGE && last.y0 - rule.y0 <= MAX_ROW_HEIGHT;
    });
    if (group) group.push(rule);
    else groups.push([rule]);
  }
  return groups.filter((group) => group.length >= 2);
}

/** Cuts a stack of rules where a band between two of them holds no text: two tables set one after the other. */
function splitAtEmptyBands(stack: readonly RuleLine[], runs: readonly TextRun[]): RuleLine[][] {
  const parts: RuleLine[][] = [[stack[0]]];
  for (let index = 1; index < stack.length; index += 1) {
    const above = stack[index - 1];
    const rule = stack[index];
    const empty = above.y0 - rule.y0 > MAX_EMPTY_BAND && !runs.some((run) => isInside(run, rule.x0, rule.x1, above.y0, rule.y0));
    if (empty) parts.push([rule]);
    else parts[parts.length - 1].push(rule);
  }
  return parts.filter((part) => part.length >= 2);
}

/**
 * Tables ruled across only: rows between horizontal rules of the same width, no column
 * rules, the columns set apart by whitespace (reportlab's and many house styles' tables,
 * and Word tables with their vertical borders turned off). Rules inside a table already
 * found from its grid are left to it. A stack of rules whose text has no column gap is a
 * framed paragraph or a rule under a heading, not a table, and is left out.
 */
export function findOpenTables(rules: readonly RuleLine[], runs: readonly TextRun[], gridTables: readonly RuledTable[]): RuledTable[] {
  const inGrid = (rule: RuleLine): boolean => gridTables.some((table) => rule.y0 <= table.top + SAME_EDGE && rule.y0 >= table.bottom - SAME_EDGE);
  const horizontals = joinCollinear(rules).filter((rule) => isHorizontal(rule) && rule.x1 - rule.x0 >= MIN_TABLE_WIDTH && !inGrid(rule));
  if (horizontals.length > MAX_LONG_RULES) return [];
  const tables: RuledTable[] = [];
  for (const stack of stacks(horizontals).flatMap((group) => splitAtEmptyBands(group, runs))) {
    const x0 = Math.min(...stack.map((rule) => rule.x0));
    const x1 = Math.max(...stack.map((rule) => rule.x1));
    const top = stack[0].y0;
    const bottom = stack[stack.length - 1].y0;
    const inside = runs.filter((run) => isInside(run, x0, x1, top, bottom));
    if (inside.length === 0) continue;
    const borders = columnBorders(inside, x0, x1);
    if (borders.length === 0) continue;
    const xs = [x0, ...borders, x1];
    const rows: RuledRow[] = [];
    for (let index = 1; index < stack.length; index += 1) {
      const rowTop = stack[index - 1].y0;
      const rowBottom = stack[index].y0;
      if (rowTop - rowBottom < 1) continue;
      const band = inside.filter((run) => isInside(run, x0, x1, rowTop, rowBottom));
      const edges = [rowTop, ...rowTopsInBand(band, xs), rowBottom];
      for (let edge = 1; edge < edges.length; edge += 1) {
        const [top, bottom] = [edges[edge - 1], edges[edge]];
        const cells: RuledCell[] = xs.slice(1).map((right, column) => ({ x0: xs[column], x1: right, top, bottom, runs: [] }));
        rows.push({ top, bottom, cells });
      }
    }
    if (rows.length > 0) tables.push({ top, bottom, rows });
  }
  return tables;
}
