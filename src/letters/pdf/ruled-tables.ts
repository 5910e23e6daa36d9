import type { RuleLine } from './path-shapes';
import type { TextRun } from './read-page-content';

/** A cell of a ruled table: its box and the runs inside it. */
export interface RuledCell {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  runs: TextRun[];
}

/** A row of a ruled table: the band between two horizontal rules, cut into cells by the vertical rules across it. */
export interface RuledRow {
  top: number;
  bottom: number;
  cells: RuledCell[];
}

/** A table drawn with rules, rows top to bottom. */
export interface RuledTable {
  top: number;
  bottom: number;
  rows: RuledRow[];
}

/** Rules meet when they come within this distance (points) of each other. */
const TOUCH = 2;
/** Rules closer than this are one (double borders, a border drawn twice). */
const SAME_POSITION = 1.5;

export function isHorizontal(rule: RuleLine): boolean {
  return rule.y1 - rule.y0 < 0.5;
}

function touches(horizontal: RuleLine, vertical: RuleLine): boolean {
  return (
    vertical.x0 >= horizontal.x0 - TOUCH &&
    vertical.x0 <= horizontal.x1 + TOUCH &&
    horizontal.y0 >= vertical.y0 - TOUCH &&
    horizontal.y0 <= vertical.y1 + TOUCH
  );
}

/** Distinct positions, merging those closer than SAME_POSITION; sorted ascending. */
function distinct(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  for (const value of sorted) {
    const last = result[result.length - 1];
    if (last === undefined || value - last > SAME_POSITION) result.push(value);
  }
  return result;
}

/**
 * Joins rules that lie on one line and meet end to end into one rule. Producers draw a
 * border as they please: LibreOffice one line along a whole table edge, Chromium a piece
 * per cell (with a short piece over the gap between cells), so a row's top border may be
 * several segments that only together reach the column rules on either side.
 */
export function joinCollinear(rules: readonly RuleLine[]): RuleLine[] {
  const joined: RuleLine[] = [];
  const along = (rule: RuleLine, horizontal: boolean): [number, number, number] =>
    horizontal ? [rule.y0, rule.x0, rule.x1] : [rule.x0, rule.y0, rule.y1];
  for (const horizontal of [true, false]) {
    const lines = rules
      .filter((rule) => isHorizontal(rule) === horizontal)
      .map((rule) => along(rule, horizontal))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const open: Array<[number, number, number]> = [];
    for (const [position, start, end] of lines) {
      const same = open.find((line) => Math.abs(line[0] - position) <= SAME_POSITION && start <= line[2] + TOUCH && end >= line[1] - TOUCH);
      if (same) {
        same[1] = Math.min(same[1], start);
        same[2] = Math.max(same[2], end);
      } else open.push([position, start, end]);
    }
    for (const [position, start, end] of open) {
      joined.push(horizontal ? { x0: start, y0: position, x1: end, y1: position } : { x0: position, y0: start, x1: position, y1: end });
    }
  }
  return joined;
}

/** Groups rules that touch into connected sets: each set is one drawn grid. */
function connectedGrids(rules: readonly RuleLine[]): RuleLine[][] {
  const parent = rules.map((_rule, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root];
    parent[index] = root;
    return root;
  };
  rules.forEach((a, i) => {
    if (!isHorizontal(a)) return;
    rules.forEach((b, j) => {
      if (!isHorizontal(b) && touches(a, b)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, RuleLine[]>();
  rules.forEach((rule, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), rule]);
  });
  return [...groups.values()];
}

/**
 * The tables drawn on a page. Each connected grid of horizontal and vertical rules is a
 * table; each band between two of its horizontal rules is a row, cut into cells by the
 * vertical rules that cross the band's middle (so merged cells and rows whose column
 * borders differ are read as drawn). A grid whose every row has one cell is a frame
 * around text, not a table, and is left out.
 */
export function findRuledTables(rules: readonly RuleLine[]): RuledTable[] {
  const tables: RuledTable[] = [];
  for (const grid of connectedGrids(joinCollinear(rules))) {
    const horizontals = grid.filter(isHorizontal);
    const verticals = grid.filter((rule) => !isHorizontal(rule));
    if (horizontals.length < 2 || verticals.length < 2) continue;
    const ys = distinct(horizontals.map((rule) => rule.y0)).reverse();
    const rows: RuledRow[] = [];
    for (let index = 1; index < ys.length; index += 1) {
      const top = ys[index - 1];
      const bottom = ys[index];
      const middle = (top + bottom) / 2;
      const xs = distinct(verticals.filter((rule) => rule.y0 <= middle && rule.y1 >= middle).map((rule) => rule.x0));
      if (xs.length < 2) continue;
      const cells: RuledCell[] = [];
      for (let column = 1; column < xs.length; column += 1) cells.push({ x0: xs[column - 1], x1: xs[column], top, bottom, runs: [] });
      rows.push({ top, bottom, cells });
    }
    if (rows.length === 0 || rows.every((row) => row.cells.length < 2)) continue;
    tables.push({ top: rows[0].top, bottom: rows[rows.length - 1].bottom, rows });
  }
  return tables.sort((a, b) => b.top - a.top);
}

/**
 * Puts each run into the table cell that holds its middle, and returns the runs that are
 * in no cell (the page's running text). Rows and tables left without text are dropped.
 */
export function placeRunsInTables(runs: readonly TextRun[], tables: RuledTable[]): { tables: RuledTable[]; outside: TextRun[] } {
  const outside: TextRun[] = [];
  for (const run of runs) {
    const x = (run.x0 + run.x1) / 2;
    const y = run.y + run.size * 0.3;
    let placed = false;
    for (const table of tables) {
      if (y > table.top || y < table.bottom) continue;
      for (const row of table.rows) {
        if (y > row.top || y < row.bottom) continue;
        const cell = row.cells.find((candidate) => x >= candidate.x0 && x <= candidate.x1);
        if (cell) {
          cell.runs.push(run);
          placed = true;
        }
        break;
      }
      if (placed) break;
    }
    if (!placed) outside.push(run);
  }
  const filled = tables
    .map((table) => ({ ...table, rows: table.rows.filter((row) => row.cells.some((cell) => cell.runs.length > 0)) }))
    .filter((table) => table.rows.length > 0);
  return { tables: filled, outside };
}
