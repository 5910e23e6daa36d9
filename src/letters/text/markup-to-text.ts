import { decode } from 'html-entities';

/** Elements whose start and end are line breaks in the text they become. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'ol', 'p', 'section',
  'table', 'tbody', 'tfoot', 'thead', 'title', 'tr', 'ul',
]);

/** Table cells become tab-separated so a row stays one line. */
const CELL_ELEMENTS = new Set(['td', 'th']);

/** Elements whose content is never letter text. */
const SKIPPED_ELEMENTS = ['script', 'style'];

/** A tag: `<` then a letter (so "a < b" and "<5%" are left alone). Linear: `[^<>]*` stops at the next `<`. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;

const BLOCK_OPENINGS = /<(?:p|br|div|li|tr|h[1-6])\b/gi;

/**
 * A table cell and its content, up to the cell's end or the next cell (Word leaves `</td>`
 * out at times). The content never holds a `<`-started cell or row tag, so the match is linear.
 */
const SINGLE_PARAGRAPH_CELL = /(<t[dh]\b[^<>]*>)((?:[^<]|<(?!\/?t[dhr]\b|\/?table\b))*)(<\/t[dh]>|(?=<\/?t[dhr]\b|<\/?table\b))/gi;
/** Content that is one paragraph and no other block: Word wraps every cell's text in `<p class=MsoNormal>`. */
const ONE_PARAGRAPH = /^\s*<p\b[^<>]*>(?:[^<]|<(?!\/?(?:p|div|br|li|ul|ol|h[1-6])\b))*<\/p>\s*$/i;
const PARAGRAPH_TAG = /<\/?p\b[^<>]*>/gi;

function removeSkippedElements(html: string): string {
  let text = html;
  for (const name of SKIPPED_ELEMENTS) {
    let out = '';
    let from = 0;
    const lower = text.toLowerCase();
    for (;;) {
      const start = lower.indexOf(`<${name}`, from);
      if (start < 0) break;
      const end = lower.indexOf(`</${name}>`, start);
      out += text.slice(from, start);
      if (end < 0) {
        from = text.length;
        break;
      }
      from = end + name.length + 3;
    }
    text = out + text.slice(from);
  }
  return text;
}

function removeComments(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = html.indexOf('<!--', from);
    if (start < 0) break;
    const end = html.indexOf('-->', start + 4);
    out += html.slice(from, start);
    from = end < 0 ? html.length : end + 3;
  }
  return out + html.slice(from);
}

/**
 * A whole HTML document (rather than a text letter with a few tags pasted in, like the APA
 * tables) wraps its source lines anywhere, so its newlines are only spaces.
 */
function isHtmlDocument(text: string): boolean {
  if (/<(?:html|body)\b/i.test(text)) return true;
  const blockTags = text.match(BLOCK_OPENINGS)?.length ?? 0;
  if (blockTags < 3) return false;
  let lines = 0;
  for (const line of text.split('\n')) if (line.trim()) lines += 1;
  return blockTags * 2 >= lines;
}

function replaceTag(name: string, closing: boolean): string {
  const tag = name.toLowerCase();
  if (BLOCK_ELEMENTS.has(tag)) return '\n';
  if (CELL_ELEMENTS.has(tag)) return '\t';
  if (tag === 'li') return closing ? '\n' : '\n\u2022 ';
  return '';
}

/**
 * Turns HTML markup into lines of text: block elements break lines, table cells are tab
 * separated, list items become bullets, entities are decoded, other tags vanish.
 * Plain text passes through with only its entities decoded.
 */
export function htmlToText(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  let body = text;
  if (body.includes('<')) {
    const wholeDocument = isHtmlDocument(body);
    // Word's downlevel-revealed conditionals (`<![if !supportLists]>· <![endif]>`) show what
    // they wrap in every browser: only the markers go, the list bullet between them stays.
    body = removeComments(removeSkippedElements(body))
      .replace(/<!DOCTYPE[^<>]*>/gi, '')
      .replace(/<!\[(?:if\b[^\]]*|endif)\]>/gi, '');
    if (wholeDocument) body = body.replace(/\s*\n\s*/g, ' ');
    body = body.replace(SINGLE_PARAGRAPH_CELL, (_cell, open: string, content: string, close: string) =>
      ONE_PARAGRAPH.test(content) ? `${open}${content.replace(PARAGRAPH_TAG, ' ')}${close}` : `${open}${content}${close}`,
    );
    body = body.replace(TAG, (_match, slash: string, name: string) => replaceTag(name, slash === '/'));
  }
  return decode(body, { level: 'html5' });
}

/** Lines made only of table rules: markdown `|---|---|`, text-table `-----\t----`, `***`. */
const RULE_LINE = /^[\s|:+=_*-]*[-=_*]{3,}[\s|:+=_*-]*$/;

/**
 * Strips markdown: heading marks, bold and italic markers, table pipes and rules; list
 * markers become bullets.
 */
export function markdownToText(line: string): string {
  // Plain prose has none of markdown's marks: leave it untouched.
  if (!/[#*_|=\u2022]|^\s*(?:[-+]|o\s)/.test(line)) return line;
  if (RULE_LINE.test(line)) return '';
  let text = line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/(^|[\s("'])\*([^*\s][^*\n]*?)\*(?=[\s.,;:!?)"']|$)/g, '$1$2')
    .replace(/^\s*(?:[-*+\u2022]|o(?=\s))\s+/, '\u2022 ');
  if (/^\s*\|.*\|\s*$/.test(text)) text = text.trim().slice(1, -1).replace(/\|/g, '\t');
  return text;
}
