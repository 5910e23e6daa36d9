import { encode } from 'html-entities';
import { foldWord, WORD_PATTERN } from './search-words';

/** A span of a passage, as UTF-16 offsets (JavaScript string indices); `end` is exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Finds the words of a passage that a search matched: every word that starts with one of the
 * search words, ignoring case and accents, the way both full-text indexes match prefix terms.
 * Computed here rather than by either database so that marks are identical on both engines.
 */
export function findMatches(passage: string, words: readonly string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of passage.matchAll(WORD_PATTERN)) {
    const folded = foldWord(match[0]);
    if (words.some((word) => folded.startsWith(word))) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The passage as HTML: escaped, with each span wrapped in `<mark>`. Spans must be in order and not overlap. */
export function markMatches(passage: string, spans: readonly TextSpan[]): string {
  let html = '';
  let from = 0;
  for (const span of spans) {
    html += `${escapeHtml(passage.slice(from, span.start))}<mark>${escapeHtml(passage.slice(span.start, span.end))}</mark>`;
    from = span.end;
  }
  return html + escapeHtml(passage.slice(from));
}

function escapeHtml(text: string): string {
  return encode(text, { mode: 'specialChars', level: 'html5' });
}
