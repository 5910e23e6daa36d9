const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';

/** "9 December 2009", "9th Dec. 2009". */
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH_NAME}\\.?,?\\s+${YEAR}\\b`, 'i');
/** "December 9, 2009". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
/** "09/12/2009", day first as in British letters. */
const NUMERIC = /\b([0-3]?\d)[/.]([01]?\d)[/.]((?:19|20)\d\d)\b/;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

/** The first full calendar date written in a line, as an ISO date. */
export function findDate(line: string): string | null {
  const dayFirst = DAY_MONTH_YEAR.exec(line);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(line);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  const numeric = NUMERIC.exec(line);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return null;
}

/** True when a line holds nothing but a date: the date line of a letter. */
export function isDateLine(line: string): boolean {
  return line.length <= 40 && findDate(line) !== null && !/[a-z]{4,}\s+[a-z]{4,}/.test(line.replace(new RegExp(MONTH_NAME, 'gi'), ''));
}
