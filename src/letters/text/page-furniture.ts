import { isSectionHeading } from '../grammar/section-headings';

/**
 * Lines that PDF exports repeat on every page (protective markings, page numbers, the
 * Investors in People logo text). They are not part of the letter and often land in the
 * middle of a sentence.
 */
const PAGE_FURNITURE: readonly RegExp[] = [
  /^(?:PROTECT|RESTRICTED|UNCLASSIFIED|OFFICIAL)(?:\s*[-:\u2013]\s*|\s+)(?:INSPECTION|SENSITIVE|POLICY)$/i,
  /^(?:PROTECT|RESTRICTED|IN CONFIDENCE)$/i,
  /^Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i,
  /^-\s*\d{1,3}\s*-$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^INVESTORS? IN PEOPLE$/i,
];

/**
 * "Page 2 of 3" anywhere in a line makes the line a footer or header, whatever else it
 * carries ("CORNWALL COUNTY COUNCIL APA 2005 Page 2 of 3"): letter prose never counts its
 * own pages. Lines longer than this are paragraphs that happen to say it.
 */
const PAGE_COUNT = /\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b/i;
const MAX_PAGE_COUNT_LINE = 120;

/** A line repeated at page breaks is a running header or footer only if it is this short. */
const MAX_RUNNING_LINE = 100;
/** How many lines a running header or footer may sit from its page break (a header block may have a few lines). */
const NEAR_PAGE_BREAK = 3;

/** The line a form feed (a PDF page break) becomes, so the furniture rules can see where pages end. */
export const PAGE_BREAK_LINE = '\f';

/** True when a (trimmed) line is a page header or footer rather than letter text, by its own shape. */
export function isPageFurniture(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return false;
  if (text.length <= MAX_PAGE_COUNT_LINE && PAGE_COUNT.test(text)) return true;
  return text.length <= 40 && PAGE_FURNITURE.some((pattern) => pattern.test(text));
}

/** Lines that may be running headers: not headings or labels ("Being healthy:"), which tables repeat, nor list items. */
function mayRun(line: string): boolean {
  return (
    line.length >= 3 &&
    line.length <= MAX_RUNNING_LINE &&
    /[A-Za-z]/.test(line) &&
    !/:\s*$/.test(line) &&
    !line.startsWith('\u2022') &&
    !isSectionHeading(line)
  );
}

/** Where a line's nearest page break is: its line index, and how many non-blank lines away. */
interface NearestBreak {
  at: number;
  distance: number;
}

/**
 * For each line, its nearest page break (a form feed or a line of page furniture) in one
 * direction, counted in non-blank lines; distance 0 on the break itself.
 */
function nearestBreaks(lines: readonly string[], order: readonly number[]): NearestBreak[] {
  const nearest = new Array<NearestBreak>(lines.length);
  let current: NearestBreak = { at: -1, distance: Number.POSITIVE_INFINITY };
  for (const index of order) {
    const line = lines[index];
    if (line === PAGE_BREAK_LINE || isPageFurniture(line)) current = { at: index, distance: 0 };
    else if (line.length > 0) current = { at: current.at, distance: current.distance + 1 };
    nearest[index] = current;
  }
  return nearest;
}

/**
 * Running headers and footers that no fixed pattern knows ("Ofsted | Birmingham City
 * Council | Children's services annual rating 2009"): short lines repeated verbatim at
 * two or more page breaks, every copy within a few lines of a page break or of the start
 * or end of the text, at least one next to a real page break (so an address repeated in
 * a sign-off is not taken for one). Lines repeated around one break only, such as a
 * table's column headings, stay. Linear: one count and two passes over the lines.
 */
export function findRunningFurniture(lines: readonly string[]): Set<string> {
  const forward = lines.map((_line, index) => index);
  const before = nearestBreaks(lines, forward);
  const after = nearestBreaks(lines, [...forward].reverse());
  const nonBlank = forward.filter((index) => lines[index].length > 0);
  const start = new Set(nonBlank.slice(0, NEAR_PAGE_BREAK));
  const end = new Set(nonBlank.slice(-NEAR_PAGE_BREAK));

  const copies = new Map<string, { breaks: Set<string>; allNear: boolean; nearBreak: boolean }>();
  for (const index of nonBlank) {
    const line = lines[index];
    if (!mayRun(line)) continue;
    const nearest = before[index].distance <= after[index].distance ? before[index] : after[index];
    const nearBreak = nearest.distance <= NEAR_PAGE_BREAK;
    const place = nearBreak ? `break ${nearest.at}` : start.has(index) ? 'start' : end.has(index) ? 'end' : null;
    const entry = copies.get(line) ?? { breaks: new Set<string>(), allNear: true, nearBreak: false };
    if (place === null) entry.allNear = false;
    else entry.breaks.add(place);
    entry.nearBreak ||= nearBreak;
    copies.set(line, entry);
  }
  const running = new Set<string>();
  for (const [line, entry] of copies) if (entry.breaks.size >= 2 && entry.allNear && entry.nearBreak) running.add(line);
  return running;
}
