import type { Judgement, Setting } from '../../domain/enums';
import type { SettingStatement } from './statement-state';
import { tokeniseStatement, type StatementToken } from './tokenise-statement';

/**
 * Tables are data: a table whose rows name a kind of setting or service and a judgement is
 * read as setting judgements, one row at a time, with the row as its evidence. Two shapes
 * cover the letters' tables, whatever their columns are called or in which order they stand:
 *
 * - a judgement in a cell of the row ("Fostering service | 14 May 2009 | Good"): the row's
 *   setting has that judgement (no count: the row is one service or a kind of them);
 * - judgements as column headings and numbers in the cells ("Type of setting | Number
 *   inspected | Outstanding | Good | ..." then "Childminders | 118 | 9 | 71 | ..."): each
 *   number is how many of the row's settings had the column's judgement, out of the number
 *   in a column headed as a total ("number", "total", "inspected"), where there is one.
 *
 * A row that names a setting and a judgement word but fits neither shape is returned as
 * unread, so the parse can say so.
 */

/** One row of a table as the reader gives it: its cells and its statements, or why none. */
export interface TableRowRead {
  cells: string[];
  statements: SettingStatement[];
  /** The settings the row names beside a judgement word that no statement took. */
  unread: Setting[];
}

type ColumnRole = { kind: 'count'; judgement: Judgement } | { kind: 'total' } | { kind: 'other' };

/** How many words may describe a row's setting before its noun ("Local authority fostering service"). */
const MAX_WORDS_BEFORE_SETTING = 3;
const TOTAL_HEADING = /\b(?:number|total|inspected|inspections|no\.)\b/i;
/** A cell that is only a number (a count), perhaps with a footnote mark. */
const COUNT_CELL = /^\d{1,5}\*?$/;

function tokens(cell: string): StatementToken[] {
  return tokeniseStatement(cell);
}

/** The settings a cell names, when it names them first ("Pupil referral unit: Northview Centre", "Nurseries (full day care)"). */
function settingsOf(cell: string): readonly Setting[] | null {
  const read = tokens(cell).filter((token) => token.kind !== 'determiner');
  // "Local authority fostering service": a few describing words may come before the setting; a judgement may not.
  const at = read.findIndex((token) => token.kind === 'setting' || token.kind === 'judgement');
  const found = read[at];
  return found?.kind === 'setting' && at <= MAX_WORDS_BEFORE_SETTING ? found.settings : null;
}

/** The judgement a cell holds when the cell is a judgement and nothing more ("Good", "Judged good or better"). */
function judgementOf(cell: string): Judgement | null {
  const read = tokens(cell).filter((token) => !['link', 'filler', 'stop', 'determiner', 'open', 'close'].includes(token.kind));
  if (read.length !== 1 || read[0].kind !== 'judgement') return null;
  return read[0].judgement;
}

/** "Type of school", "Kind of setting": a heading that says which kind of setting its column's cells are. */
const KIND_HEADING = /^\s*(?:type|kind|category|phase)s?\s+of\s+([a-z' ]{3,30}?)\s*$/i;

/** The noun a column's cells leave out, from its heading ("Type of school" -> "school"), or null. */
function kindNounOf(heading: string): string | null {
  return KIND_HEADING.exec(heading)?.[1] ?? null;
}

/**
 * A cell under "Type of school" that says only "Primary" names primary schools: the noun the
 * heading gives completes it, when the cell names no setting by itself.
 */
function withKindNoun(cell: string, noun: string | null): string {
  if (noun === null || cell.trim() === '' || settingsOf(cell) !== null || COUNT_CELL.test(cell.trim())) return cell;
  const completed = `${cell.trim()} ${noun}`;
  return settingsOf(completed) !== null ? completed : cell;
}

/** A header's column roles: judgement columns that hold counts, and the total column. */
function columnRoles(header: readonly string[]): ColumnRole[] | null {
  const roles = header.map((cell): ColumnRole => {
    const judgement = judgementOf(cell);
    if (judgement !== null) return { kind: 'count', judgement };
    return TOTAL_HEADING.test(cell) ? { kind: 'total' } : { kind: 'other' };
  });
  return roles.some((role) => role.kind === 'count') ? roles : null;
}

function settingsNamed(cells: readonly string[]): Setting[] {
  const named = new Set<Setting>();
  for (const cell of cells) for (const token of tokens(cell)) if (token.kind === 'setting') for (const setting of token.settings) named.add(setting);
  return [...named];
}

function hasJudgementWord(cells: readonly string[]): boolean {
  return cells.some((cell) => tokens(cell).some((token) => token.kind === 'judgement'));
}

function readCountRow(cells: readonly string[], settings: readonly Setting[], roles: readonly ColumnRole[]): SettingStatement[] {
  const totalAt = roles.findIndex((role) => role.kind === 'total');
  const totalCell = totalAt >= 0 ? cells[totalAt]?.trim() : undefined;
  const total = totalCell !== undefined && COUNT_CELL.test(totalCell) ? Number.parseInt(totalCell, 10) : null;
  const statements: SettingStatement[] = [];
  roles.forEach((role, index) => {
    const cell = cells[index]?.trim() ?? '';
    if (role.kind !== 'count' || !COUNT_CELL.test(cell)) return;
    for (const setting of settings) statements.push({ setting, judgement: role.judgement, count: Number.parseInt(cell, 10), total, proportion: null });
  });
  return statements;
}

function readJudgementRow(cells: readonly string[], settingCell: number, settings: readonly Setting[]): SettingStatement[] {
  for (let index = cells.length - 1; index >= 0; index -= 1) {
    if (index === settingCell) continue;
    const judgement = judgementOf(cells[index]);
    if (judgement !== null) return settings.map((setting) => ({ setting, judgement, count: null, total: null, proportion: null }));
  }
  return [];
}

/**
 * Reads a table: rows of cells, the first of which may be its header. Each row that names a
 * setting gives its statements by one of the two shapes; a row that names none (the header,
 * the rating scale, a council's address laid out as a table) gives nothing and is not unread.
 */
export function readSettingTable(rows: readonly string[][]): TableRowRead[] {
  let roles: ColumnRole[] | null = null;
  let kindNouns: Array<string | null> = [];
  const read: TableRowRead[] = [];
  for (const written of rows) {
    const cells = written.map((cell, index) => withKindNoun(cell, kindNouns[index] ?? null));
    const settingCell = cells.findIndex((cell) => settingsOf(cell) !== null);
    if (settingCell < 0) {
      // Headings come before the rows they head: a row after them that names no setting it
      // can read ("Local authority adoption agnecy | Outstanding") is not a new header.
      const header = read.length === 0 ? columnRoles(cells) : null;
      if (header) kindNouns = cells.map(kindNounOf);
      roles = header ?? roles;
      // A row that names settings inside its cells and a judgement word, but in neither shape
      // (cells of a table whose rows ran together), is unread rather than passed over.
      const named = header ? [] : settingsNamed(cells);
      if (named.length > 0 && hasJudgementWord(cells)) read.push({ cells: [...cells], statements: [], unread: named });
      continue;
    }
    const settings = settingsOf(cells[settingCell])!;
    const statements = roles ? readCountRow(cells, settings, roles) : readJudgementRow(cells, settingCell, settings);
    const unread = statements.length === 0 && hasJudgementWord(cells.filter((_, index) => index !== settingCell)) ? [...settings] : [];
    read.push({ cells: [...cells], statements, unread });
  }
  return read;
}
