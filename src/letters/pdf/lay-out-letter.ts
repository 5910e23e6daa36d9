import { drawnBullets } from './drawn-bullets';
import { findOpenTables } from './open-tables';
import { findWhitespaceTables } from './whitespace-tables';
import type { PageContent } from './read-page-content';
import { removePageFurniture } from './page-furniture';
import { findRuledTables, placeRunsInTables, type RuledCell } from './ruled-tables';
import { continuesBlock, groupLines, typicalLinePitch, wasWrapped, type FlowMetrics, type TextBlock } from './text-blocks';
import { buildLines, type TextLine } from './text-lines';

/** A table cell's content, with the cell's horizontal extent (to match columns across a page break). */
export interface LetterCell {
  x0: number;
  x1: number;
  blocks: TextBlock[];
}

/**
 * A unit of the letter in reading order: a paragraph or list item, or a table of cells
 * (`ruled` when its columns are drawn, not only whitespace).
 */
export type LetterBlock = { kind: 'text'; block: TextBlock } | { kind: 'table'; rows: LetterCell[][]; ruled: boolean };

/** Page content placed at its height on the page, for reading order. */
type PlacedBlock = LetterBlock & { top: number };

/** Lines of one paragraph sit at most this much further apart than the letter's usual line pitch. */
const PITCH_TOLERANCE = 1.25;
/** Without enough lines to measure, a paragraph's lines are this many font sizes apart. */
const DEFAULT_PITCH = 1.2;
/** Column borders on either side of a page break match within this distance (points). */
const SAME_COLUMN = 3;
/** Left edges of whitespace columns on either side of a page break match within this distance (points). */
const SAME_WHITESPACE_COLUMN = 12;

function cellMetrics(cell: RuledCell, lines: readonly TextLine[], maxLinePitch: number): FlowMetrics {
  const left = Math.min(...lines.map((line) => line.x0));
  const padding = Math.max(0, left - cell.x0);
  return { rightLimit: cell.x1 - padding, maxLinePitch };
}

function cellBlocks(cell: RuledCell, maxLinePitch: number): LetterCell {
  const lines = buildLines(cell.runs);
  const blocks = lines.length === 0 ? [] : groupLines(lines, cellMetrics(cell, lines, maxLinePitch));
  return { x0: cell.x0, x1: cell.x1, blocks };
}

/**
 * True when two rows have the same columns: drawn borders match on both sides; whitespace
 * columns by their left edges only (where their text starts), since each page's words end
 * their lines at different places, and more loosely, since a column's left edge is that of
 * the text that happens to be on the page (a word processor may shift it row by row).
 */
function sameColumns(a: readonly LetterCell[], b: readonly LetterCell[], ruled = true): boolean {
  const near = ruled ? SAME_COLUMN : SAME_WHITESPACE_COLUMN;
  return a.length === b.length && a.every((cell, index) => Math.abs(cell.x0 - b[index].x0) <= near && (!ruled || Math.abs(cell.x1 - b[index].x1) <= SAME_COLUMN));
}

function cellText(cell: LetterCell): string {
  return cell.blocks.map((block) => block.lines.map((line) => line.text).join(' ')).join(' ');
}

/**
 * A table row that a page break cut in two: its first cell is empty (the row's label was
 * on the page before), or every cell it fills goes on mid-way: with a list item, or in
 * lower case mid-sentence, never with a label or heading of its own.
 */
function isRowContinuation(row: readonly LetterCell[]): boolean {
  if (row[0]?.blocks.length === 0) return true;
  const filled = row.filter((cell) => cell.blocks.length > 0);
  return filled.length > 0 && filled.every((cell) => cell.blocks[0].kind === 'item' || /^[a-z]/.test(cell.blocks[0].lines[0].text));
}

/** Appends blocks to a cell, rejoining a paragraph or item that a page break split. */
function appendToCell(cell: LetterCell, blocks: readonly TextBlock[], metrics: FlowMetrics): void {
  const [first, ...rest] = blocks;
  if (!first) return;
  const last = cell.blocks[cell.blocks.length - 1];
  const lastLine = last?.lines[last.lines.length - 1];
  const cellMetricsAcross = { ...metrics, rightLimit: cell.x1 - Math.max(0, (last?.lines[0].x0 ?? cell.x0) - cell.x0) };
  if (last && lastLine && first.kind === 'paragraph' && wasWrapped(lastLine, first.lines[0], cellMetricsAcross.rightLimit)) last.lines.push(...first.lines);
  else cell.blocks.push(first);
  cell.blocks.push(...rest);
}

/**
 * Joins a table that a page break split: the same columns on both sides. A header row
 * repeated at the top of the new page is dropped; a row cut in two is rejoined cell by cell.
 */
function joinTables(above: LetterCell[][], below: LetterCell[][], metrics: FlowMetrics, ruled: boolean): boolean {
  const lastRow = above[above.length - 1];
  const firstRow = below[0];
  if (!lastRow || !firstRow || !sameColumns(lastRow, firstRow, ruled)) return false;
  let rows = below;
  const header = above[0];
  if (header && sameColumns(header, firstRow, ruled) && header.map(cellText).join('\t') === firstRow.map(cellText).join('\t')) rows = rows.slice(1);
  const [next, ...rest] = rows;
  if (next && isRowContinuation(next)) {
    next.forEach((cell, index) => appendToCell(lastRow[index], cell.blocks, metrics));
    above.push(...rest);
  } else {
    above.push(...rows);
  }
  return true;
}

/** A line that ends a sentence or a clause: full stop, question or exclamation mark, colon or semicolon, perhaps inside a quote or bracket. */
const SENTENCE_END = /[.!?:;]["'\u2019\u201D)\]]?$/;

/**
 * Joins a paragraph or list item that runs on from the foot of one page to the top of the
 * next. The space between lines says nothing across a page break, so the words must: the
 * last line wrapped (the next word would not have fitted), and the sentence is unfinished
 * (no full stop at the foot) or the new page goes on in lower case. A page that ends a
 * sentence and a new page that opens with a capital is read as a new paragraph: a heading
 * at the top of a page ("Service management") must not run into the paragraph before it,
 * and a paragraph cut between two sentences loses nothing by being two.
 */
function joinText(above: TextBlock, below: TextBlock, metrics: FlowMetrics): boolean {
  if (below.kind !== 'paragraph') return false;
  const foot = above.lines[above.lines.length - 1].text;
  if (SENTENCE_END.test(foot) && !/^[a-z]/.test(below.lines[0].text)) return false;
  const samePitch = { ...metrics, maxLinePitch: Number.POSITIVE_INFINITY };
  const shifted = { ...above, lines: [...above.lines.slice(0, -1), { ...above.lines[above.lines.length - 1], y: below.lines[0].y + 1 }] };
  if (!continuesBlock(shifted, below.lines[0], samePitch)) return false;
  above.lines.push(...below.lines);
  return true;
}

/**
 * Reads one page: its tables from the rules drawn (grids, or rules across with whitespace
 * columns), its running text from the rest, its drawn bullets as bullet glyphs.
 */
function placePage(page: PageContent): { tables: Array<{ top: number; rows: RuledCell[][]; ruled: boolean }>; lines: TextLine[] } {
  const runs = [...page.runs, ...drawnBullets(page.marks, page.runs)];
  const gridTables = findRuledTables(page.rules);
  const placed = placeRunsInTables(runs, [...gridTables, ...findOpenTables(page.rules, runs, gridTables)]);
  return {
    tables: placed.tables.map((table) => ({ top: table.top, rows: table.rows.map((row) => row.cells), ruled: true })),
    lines: buildLines(placed.outside),
  };
}

/**
 * Rebuilds a letter's reading order from positioned text: running headers and footers
 * removed by position, tables read cell by cell from their rules or, with none drawn, from
 * the whitespace between their columns, lines grouped into paragraphs and list items by
 * alignment, spacing and wrapping, and paragraphs, items and tables that a page break split
 * joined again.
 */
export function layOutLetter(pages: readonly PageContent[]): LetterBlock[] {
  const placed = pages.map(placePage);
  const pageLines = removePageFurniture(placed.map((page, index) => ({ lines: page.lines, bottom: pages[index].bottom, top: pages[index].top })));
  const maxLinePitch = (typicalLinePitch(pageLines) ?? DEFAULT_PITCH) * PITCH_TOLERANCE;
  const rightLimit = Math.max(0, ...pageLines.flat().map((line) => line.x1));
  const metrics: FlowMetrics = { rightLimit, maxLinePitch };
  // Tables without any rules are looked for once headers and footers are gone, so a footer
  // under a table's last column is never taken for one of its rows.
  const unruled = pageLines.map((lines) => findWhitespaceTables(lines, maxLinePitch));
  const bodyLines = unruled.map((page) => page.lines);
  placed.forEach((page, index) => page.tables.push(...unruled[index].tables.map((table) => ({ ...table, ruled: false }))));

  const letter: LetterBlock[] = [];
  placed.forEach((page, index) => {
    const blocks: PlacedBlock[] = [
      ...groupLines(bodyLines[index], metrics).map((block): PlacedBlock => ({ kind: 'text', block, top: block.lines[0].y + block.lines[0].size })),
      ...page.tables.map(
        (table): PlacedBlock => ({ kind: 'table', rows: table.rows.map((row) => row.map((cell) => cellBlocks(cell, maxLinePitch))), ruled: table.ruled, top: table.top }),
      ),
    ].sort((a, b) => b.top - a.top);
    const [first, ...rest] = blocks;
    const previous = letter[letter.length - 1];
    let joined = false;
    if (first && previous) {
      if (previous.kind === 'table' && first.kind === 'table') {
        joined = joinTables(previous.rows, first.rows, metrics, previous.ruled && first.ruled);
      }
      else if (previous.kind === 'text' && first.kind === 'text') joined = joinText(previous.block, first.block, metrics);
    }
    const toAdd = joined ? rest : blocks;
    letter.push(...toAdd.map(({ top: _top, ...block }): LetterBlock => block));
  });
  return letter;
}
