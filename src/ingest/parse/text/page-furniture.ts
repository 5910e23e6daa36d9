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

/** True when a (trimmed) line is a page header or footer rather than letter text. */
export function isPageFurniture(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 40 && PAGE_FURNITURE.some((pattern) => pattern.test(text));
}
