/** Characters that start a list item once the text is clean (markup bullets are all "•" by then). */
const BULLET = /\u2022/;

/**
 * Ordered-list numbering in front of an item: "1. ", "2) ", "(a) ", "b) ", "(iv) ". The
 * number is the list's layout, not part of the item.
 */
const LIST_NUMBERING = /^(?:\d{1,2}[.)]|\(?(?:[a-z]|[ivx]{1,4})\))\s+/i;

/** A list item as the output carries it: no bullet or numbering, no trailing full stop or semicolon. */
export function cleanListItem(item: string): string {
  return item
    .replace(/^[\s\u2022*-]+/, '')
    .replace(LIST_NUMBERING, '')
    .replace(/[\s.;,]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits text on bullets ("• a • b") into clean items, dropping empty ones. */
export function splitBulletedItems(text: string): string[] {
  return text
    .split(BULLET)
    .map(cleanListItem)
    .filter((item) => item.length > 0 && !/^(?:and|or)$/i.test(item));
}

/** True when a line opens a new bulleted item; in a bulleted list, a line without one ends the list. */
export function startsWithBullet(line: string): boolean {
  return /^\u2022/.test(line);
}
