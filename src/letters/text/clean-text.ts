import { htmlToText, markdownToText } from './markup-to-text';
import { collapseSpaces, normaliseCharacters } from './normalise-characters';
import { findRunningFurniture, isPageFurniture, PAGE_BREAK_LINE } from './page-furniture';
import { unwrapLines } from './unwrap-lines';

/**
 * Turns a letter in any of the forms real copies come in (PDF text, HTML export, markdown,
 * Word text) into its logical lines of clean text: tags stripped, entities decoded, quotes
 * straight, spaces collapsed (tabs kept as table-cell separators), page headers and
 * footers removed, hard-wrapped and hyphenated lines joined (across a removed page break
 * too, where a sentence runs on to the next page).
 */
export function cleanLetterText(raw: string): string[] {
  const text = normaliseCharacters(htmlToText(raw.replace(/\r\n?/g, '\n')));
  const lines = text.split('\n').map((line) => (line === PAGE_BREAK_LINE ? line : collapseSpaces(markdownToText(collapseSpaces(line)))));
  const running = findRunningFurniture(lines);
  const physical: string[] = [];
  const pageBreaks = new Set<number>();
  for (const line of lines) {
    if (line === PAGE_BREAK_LINE || isPageFurniture(line) || running.has(line)) {
      pageBreaks.add(physical.length);
      continue;
    }
    physical.push(line);
  }
  return unwrapLines(physical, pageBreaks);
}
