import type { LetterBlock, LetterCell } from './lay-out-letter';
import type { TextBlock } from './text-blocks';

/** Soft hyphen: marks where a word may break; visible only at a line end. */
export const SOFT_HYPHEN = '\u00AD';

/** Words of a text, lower-cased, hyphenated compounds kept whole: the document's own vocabulary. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)*/g)) {
      words.add(match[0]);
      for (const part of match[0].split('-')) words.add(part);
    }
  }
  return words;
}

/**
 * Joins two physical lines of one paragraph. A line ending in a soft hyphen was broken
 * inside a word: the halves join. A line ending in a hard hyphen after a letter, before a
 * lower-case word, is either a word broken for the line ("safe-" / "guarding") or a
 * compound broken at its own hyphen ("well-" / "being"): the letter's own vocabulary
 * decides (a compound the letter writes hyphenated elsewhere keeps its hyphen), and a word
 * the letter never writes either way is joined, as the text parser would.
 */
export function joinLineTexts(before: string, after: string, vocabulary: ReadonlySet<string>): string {
  if (before.endsWith(SOFT_HYPHEN)) return before.slice(0, -1) + after;
  const hyphenated = /([A-Za-z]+)[-\u2010\u2011]$/.exec(before);
  const next = /^([a-z]+)/.exec(after);
  if (hyphenated && next) {
    const compound = `${hyphenated[1]}-${next[1]}`.toLowerCase();
    const joined = `${hyphenated[1]}${next[1]}`.toLowerCase();
    const keepHyphen = vocabulary.has(compound) && !vocabulary.has(joined);
    return keepHyphen ? `${before.slice(0, -1)}-${after}` : before.slice(0, -1) + after;
  }
  if (before.length === 0) return after;
  return `${before} ${after}`;
}

/** Removes soft hyphens left inside a line (they only mark possible breaks). */
export function dropSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.split(SOFT_HYPHEN).join('') : text;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function blockText(block: TextBlock, vocabulary: ReadonlySet<string>): string {
  let text = '';
  for (const line of block.lines) text = joinLineTexts(text, line.text, vocabulary);
  return dropSoftHyphens(text).trim();
}

/**
 * A cell's content on one line: its paragraphs, then its list items each after a bullet
 * ("Being healthy: • joint working • new projects"). One line per cell keeps a table row
 * on one line of text, which is how the letter parser reads rows, and the bullets are how
 * it splits a cell into items.
 */
function cellText(cell: LetterCell, vocabulary: ReadonlySet<string>): string {
  return cell.blocks
    .map((block) => (block.kind === 'item' ? `\u2022 ${blockText(block, vocabulary)}` : blockText(block, vocabulary)))
    .join(' ');
}

function allLineTexts(blocks: readonly LetterBlock[]): string[] {
  const texts: string[] = [];
  const addBlock = (block: TextBlock): void => {
    for (const line of block.lines) texts.push(line.text);
  };
  for (const block of blocks) {
    if (block.kind === 'text') addBlock(block.block);
    else for (const row of block.rows) for (const cell of row) cell.blocks.forEach(addBlock);
  }
  return texts;
}

/**
 * Writes the laid-out letter as a small HTML document: a paragraph per `<p>`, list items
 * in `<ul>`/`<ol>`, tables as rows of cells. HTML is the form the letter parser reads
 * without guessing: block tags end lines, cells become tab-separated, list items become
 * bullets, and a whole document's source line breaks are only spaces, so the parser's
 * unwrapping heuristics for hard-wrapped text never come into play.
 */
export function letterToHtml(blocks: readonly LetterBlock[]): string {
  const vocabulary = vocabularyOf(allLineTexts(blocks));
  const out: string[] = ['<!DOCTYPE html>', '<html><body>'];
  let openList: 'ul' | 'ol' | null = null;
  const closeList = (): void => {
    if (openList) out.push(`</${openList}>`);
    openList = null;
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      closeList();
      out.push('<table>');
      for (const row of block.rows) out.push(`<tr>${row.map((cell) => `<td>${escapeHtml(cellText(cell, vocabulary))}</td>`).join('')}</tr>`);
      out.push('</table>');
      continue;
    }
    const text = escapeHtml(blockText(block.block, vocabulary));
    if (block.block.kind === 'item') {
      const list = block.block.ordered ? 'ol' : 'ul';
      if (openList !== list) {
        closeList();
        out.push(`<${list}>`);
        openList = list;
      }
      out.push(`<li>${text}</li>`);
    } else {
      closeList();
      out.push(`<p>${text}</p>`);
    }
  }
  closeList();
  out.push('</body></html>', '');
  return out.join('\n');
}
