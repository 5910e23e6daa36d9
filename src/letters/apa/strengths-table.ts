import type { Area } from '../../domain/enums';
import { areaOfHeading } from '../grammar/section-headings';
import { listColumnOfHeading, type ListColumn } from '../grammar/list-headings';
import { cleanListItem, splitBulletedItems } from './list-items';

/** Strengths and areas for improvement of each outcome area. */
export type StrengthsByArea = Map<Area, { strengths: string[]; areasForImprovement: string[] }>;

/** The table read: each area's entries, and the items that stood under no area label. */
export interface StrengthsTable {
  byArea: StrengthsByArea;
  /** Bulleted items before any area label: list items that went to no area. */
  unread: string[];
}

type Column = ListColumn;

/** Column headings: "Key strengths", "Areas for improvement", "Key areas for development". */
const columnOfMarker = listColumnOfHeading;

/**
 * A piece of the table: a column heading, an outcome-area label, an item, or the start of
 * a cell whose column a three-column table's header names.
 */
type TablePiece =
  | { kind: 'column'; column: Column }
  | { kind: 'area'; area: Area }
  | { kind: 'item'; text: string; bulleted?: boolean }
  | { kind: 'cell'; column: Column }
  | { kind: 'unlabelled' };

/**
 * The header of a table with a column of row labels ("Outcome area | Key strengths | Key
 * areas for improvement"): the column each cell of its rows belongs to, or null when the
 * line is not such a header. In that layout the area label stands alone in the first cell,
 * so only the cell's place in the row says whether its items are strengths.
 */
function labelledColumns(cells: readonly string[]): Array<Column | null> | null {
  if (cells.length < 3) return null;
  const columns = cells.map((cell) => columnOfMarker(cell.replace(/:\s*$/, '')));
  return columns[0] === null && columns.slice(1).every((column) => column !== null) ? columns : null;
}

/**
 * The pieces of a row of a table with labelled rows: its area, then each cell's column and
 * items. A row with an empty label cell goes on with the row above (a row split over a page);
 * a row whose label names no area keeps its items, bulleted, under no area so they are
 * reported rather than given to the area above.
 */
function labelledRowPieces(cells: readonly string[], columns: ReadonlyArray<Column | null>): TablePiece[] | null {
  // Copies drop a row's empty last cells, never its label.
  if (cells.length < 2 || cells.length > columns.length) return null;
  const label = cells[0].replace(/:\s*$/, '').trim();
  const area = label ? areaOfHeading(label) : null;
  const pieces: TablePiece[] = [];
  if (area !== null) pieces.push({ kind: 'area', area });
  else if (label) pieces.push({ kind: 'unlabelled' });
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (index === 0 || column === null) return;
    pieces.push({ kind: 'cell', column });
    for (const part of cell.split('\u2022')) if (part.trim()) pieces.push({ kind: 'item', text: part.trim(), bulleted: true });
  });
  return pieces;
}

/**
 * Cuts the table into pieces. Cells are separated by tabs or line breaks, items by bullets
 * (or by line when there are none); a label may lead its cell: "Being healthy: • joint
 * working ...".
 */
function tablePieces(lines: readonly string[]): TablePiece[] {
  const pieces: TablePiece[] = [];
  let columns: Array<Column | null> | null = null;
  for (const line of lines) {
    const cells = line.split('\t');
    const header = labelledColumns(cells);
    if (header) {
      columns = header;
      continue;
    }
    if (columns && cells.length < columns.length && cells[0].startsWith('\u2022')) {
      // A cell's items carried over a page lose their empty neighbours: they go on in the
      // column read last, and the table's header still holds for the rows after them.
      for (const part of line.split(/[\t\u2022]/)) if (part.trim()) pieces.push({ kind: 'item', text: part.trim(), bulleted: true });
      continue;
    }
    const labelled = columns ? labelledRowPieces(cells, columns) : null;
    if (labelled) {
      pieces.push(...labelled);
      continue;
    }
    columns = null;
    for (const cell of cells) {
      const parts = cell.split('\u2022');
      parts.forEach((part, index) => {
        const text = part.trim();
        if (!text) return;
        if (index > 0) {
          pieces.push({ kind: 'item', text, bulleted: true });
          return;
        }
        const colon = text.indexOf(':');
        const label = colon > 0 && colon < 120 ? text.slice(0, colon) : text;
        const rest = colon > 0 && colon < 120 ? text.slice(colon + 1).trim() : '';
        const column = columnOfMarker(label);
        const area = column === null ? areaOfHeading(label) : null;
        if (column) pieces.push({ kind: 'column', column });
        else if (area) pieces.push({ kind: 'area', area });
        else {
          pieces.push({ kind: 'item', text });
          return;
        }
        for (const item of rest.split(/;\s+/)) if (item.trim()) pieces.push({ kind: 'item', text: item });
      });
    }
  }
  return pieces;
}

/**
 * Reads the "Key strengths and areas for improvement" section, whichever way it is laid
 * out: a two-column table (each row: area label and strengths, then the same label and
 * areas for improvement), a list of strengths by area followed by a list of areas for
 * improvement, or each area with its own "Strengths" and "Areas for improvement" lists.
 *
 * A column heading alone sets the column for what follows. Two headings in a row are the
 * header of a two-column table: then an area's first block is its strengths and its
 * second block its areas for improvement. A header that names a label column and then
 * both headings is a three-column table: each row's cells go to their header's column.
 */
export function readStrengthsTable(lines: readonly string[]): StrengthsTable {
  const result: StrengthsByArea = new Map();
  const unread: string[] = [];
  let column: Column | 'byOccurrence' = 'byOccurrence';
  let currentArea: Area | null = null;
  let currentColumn: Column = 'strengths';
  let previous: TablePiece['kind'] | null = null;
  for (const piece of tablePieces(lines)) {
    if (piece.kind === 'unlabelled') {
      currentArea = null;
    } else if (piece.kind === 'cell') {
      currentColumn = piece.column;
    } else if (piece.kind === 'column') {
      column = previous === 'column' ? 'byOccurrence' : piece.column;
      if (column !== 'byOccurrence') currentColumn = column;
    } else if (piece.kind === 'area') {
      const entry = result.get(piece.area);
      if (column === 'byOccurrence') currentColumn = entry ? 'areasForImprovement' : 'strengths';
      else currentColumn = column;
      if (!entry) result.set(piece.area, { strengths: [], areasForImprovement: [] });
      currentArea = piece.area;
    } else if (currentArea !== null) {
      const entry = result.get(currentArea);
      const items = splitBulletedItems(piece.text).map(cleanListItem);
      entry?.[currentColumn].push(...items);
    } else if (piece.bulleted) {
      unread.push(cleanListItem(piece.text));
    }
    previous = piece.kind;
  }
  return { byArea: result, unread };
}
