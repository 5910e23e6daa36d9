/** A cell that marks where a row starts holds at most this many words: a grade, a number, a date, a judgement. */
const MAX_SHORT_WORDS = 3;
const MAX_SHORT_CHARACTERS = 24;

function isShort(cell: string): boolean {
  return cell.length <= MAX_SHORT_CHARACTERS && cell.split(/\s+/).length <= MAX_SHORT_WORDS;
}

/**
 * Which lines of a table start its rows when nothing else shows where they start (no rule
 * between them, no wider gap): the lines that fill a column of short cells (a grade, a count,
 * a judgement) beside a label, as in "Being healthy | 3" then "Staying safe | 3". A label
 * that wraps onto the next line has nothing in that column there, so it stays in its row.
 * A table whose every column but the first holds prose (a strengths table, a descriptor)
 * has no such column, and the answer is empty: its rows are found as before.
 *
 * @param lines each line's text per column, top to bottom ('' where a column is empty)
 * @returns the indexes of the lines that start a row (the first such line included)
 */
export function shortCellRowStarts(lines: readonly (readonly string[])[]): Set<number> {
  const columns = Math.max(0, ...lines.map((cells) => cells.length));
  for (let column = 1; column < columns; column += 1) {
    const starts = lines.flatMap((cells, index) => ((cells[column] ?? '') === '' ? [] : [index]));
    if (starts.length < 2) continue;
    // Rows fill the same cells: a column of dates that wraps ("14 May" then "2009" under it,
    // the judgement beside only the first) is not a column of row starts.
    const filled = (index: number): string => lines[index].map((cell) => (cell === '' ? '0' : '1')).join('');
    const sameShape = starts.every((index) => filled(index) === filled(starts[0]));
    if (sameShape && starts.every((index) => isShort(lines[index][column]) && lines[index][0] !== '')) return new Set(starts);
  }
  return new Set();
}
