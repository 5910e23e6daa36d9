import type { TextLine } from './text-lines';

/** A page's running-text lines (top to bottom) and its box. */
export interface PageLines {
  lines: TextLine[];
  bottom: number;
  top: number;
}

/** Headers and footers sit in the outer part of the page: this share of its height at the top and at the bottom. */
const MARGIN_ZONE = 0.12;
/** How many lines at each end of a page may be header or footer lines. */
const EDGE_LINES = 2;
/** Copies of a running header sit at the same height on every page, within this distance (points). */
const SAME_PLACE = 3;
/** Page numbers, whatever else the footer says: "Page 2 of 6", "2 of 6", "- 2 -", "2/6", "2". */
const PAGE_NUMBER = /^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s+of\s+\d{1,3}|-\s*\d{1,3}\s*-|\d{1,3}\s*\/\s*\d{1,3}|\d{1,3})$/i;
const PAGE_COUNT_ANYWHERE = /\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b/i;

/** A line's text with its numbers masked, so "Page 2 of 6" and "Page 3 of 6" are one running footer. */
function furnitureKey(line: TextLine): string {
  return line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function edgeLines(page: PageLines): TextLine[] {
  const zone = (page.top - page.bottom) * MARGIN_ZONE;
  const { lines } = page;
  const ends = [...lines.slice(0, EDGE_LINES), ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES))];
  return ends.filter((line) => page.top - line.y <= zone || line.y - page.bottom <= zone);
}

/**
 * Removes running headers and footers by where they sit, not by what they say: lines
 * among the first or last few of a page, inside its top or bottom margin, that come back
 * at the same height on another page (numbers masked), and page numbers in those places.
 * A first page's letterhead, which no other page repeats, stays. Lines are never removed
 * from the body of a page, so a sentence that happens to say "Page 2" is safe.
 */
export function removePageFurniture(pages: readonly PageLines[]): TextLine[][] {
  const places = new Map<string, Array<{ page: number; y: number }>>();
  pages.forEach((page, index) => {
    for (const line of edgeLines(page)) {
      const key = furnitureKey(line);
      places.set(key, [...(places.get(key) ?? []), { page: index, y: line.y }]);
    }
  });
  const repeated = (line: TextLine, pageIndex: number): boolean =>
    (places.get(furnitureKey(line)) ?? []).some((place) => place.page !== pageIndex && Math.abs(place.y - line.y) <= SAME_PLACE);
  return pages.map((page, index) => {
    const furniture = new Set(
      edgeLines(page).filter((line) => repeated(line, index) || PAGE_NUMBER.test(line.text) || (line.text.length <= 120 && PAGE_COUNT_ANYWHERE.test(line.text))),
    );
    return page.lines.filter((line) => !furniture.has(line));
  });
}
