import { htmlToText, markdownToText } from './markup-to-text';
import { collapseSpaces, normaliseCharacters } from './normalise-characters';
import { isPageFurniture } from './page-furniture';
import { unwrapLines } from './unwrap-lines';

/**
 * Turns a letter in any of the forms real copies come in (PDF text, HTML export, markdown,
 * Word text) into its logical lines of clean text: tags stripped, entities decoded, quotes
 * straight, spaces collapsed (tabs kept as table-cell separators), page headers and
 * footers removed, hard-wrapped and hyphenated lines joined.
 */
export function cleanLetterText(raw: string): string[] {
  const text = normaliseCharacters(htmlToText(raw.replace(/\r\n?/g, '\n')));
  const physical: string[] = [];
  for (const line of text.split('\n')) {
    const cleaned = collapseSpaces(markdownToText(collapseSpaces(line)));
    if (isPageFurniture(cleaned)) continue;
    physical.push(cleaned);
  }
  return unwrapLines(physical);
}
