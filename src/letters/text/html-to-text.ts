import { Tokenizer } from 'htmlparser2';

/** Elements whose start and end are line breaks in the text they become. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'ol', 'p', 'section',
  'table', 'tbody', 'tfoot', 'thead', 'title', 'tr', 'ul',
]);

/** Table cells become tab-separated so a row stays one line. */
const CELL_ELEMENTS = new Set(['td', 'th']);

/** Elements whose content is never letter text. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template']);

/** Elements with no end: a `<br>` is one line break, not two. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr']);

const BLOCK_OPENINGS = /<(?:p|br|div|li|tr|h[1-6])\b/gi;

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

/**
 * A whole document's source line breaks, with the whitespace around them, as one space each.
 * Split and trimmed rather than a regular expression, whose backtracking over a long run of
 * spaces with no line break in it is quadratic.
 */
function linesAsSpaces(data: string): string {
  if (!data.includes('\n')) return data;
  const parts = data.split('\n');
  const middle = parts.slice(1, -1).map((part) => part.trim()).filter((part) => part !== '');
  return [parts[0].trimEnd(), ...middle, parts[parts.length - 1].trimStart()].join(' ');
}

/** What is known of a table cell while it is read: where its line breaks went, and what made them. */
interface OpenCell {
  breaks: number[];
  paragraphs: number;
  otherBlocks: number;
  /** How many tables deep the cell is: a table inside a cell has cells of its own. */
  depth: number;
}

/**
 * Turns HTML into lines of text with htmlparser2's tokenizer (a real, forgiving HTML
 * tokenizer: Word's and browsers' pages, unclosed cells, conditional comments, raw script
 * and style, and entities as a browser reads them): block elements break lines, table cells
 * are tab separated, list items become bullets, other tags vanish, and script and style are
 * dropped. A cell that holds a single paragraph (Word wraps every cell's text in
 * `<p class=MsoNormal>`) keeps its row on one line. Plain text passes through with only its
 * entities decoded. The tokenizer keeps no stack of open elements (htmlparser2's `Parser`
 * does, at a cost that grows with the depth of unclosed tags), so the work is linear in the
 * text whatever its nesting.
 */
export function htmlToText(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const wholeDocument = isHtmlDocument(text);
  const out: string[] = [];
  const cells: OpenCell[] = [];
  let skipping: string | null = null;

  const lineBreak = (tag: string, opening = false): void => {
    const cell = cells[cells.length - 1];
    if (cell) {
      cell.breaks.push(out.length);
      if (tag !== 'p') cell.otherBlocks += 1;
      else if (opening) cell.paragraphs += 1;
    }
    out.push('\n');
  };
  let tableDepth = 0;
  const closeCell = (): void => {
    const cell = cells.pop();
    // One paragraph (opened once, closed or not) and no other block: its breaks are spaces.
    if (cell && cell.paragraphs === 1 && cell.otherBlocks === 0) for (const at of cell.breaks) out[at] = ' ';
    out.push('\t');
  };
  /** Word leaves cells' ends out at times: a new cell, row or table end closes the cells of its table. */
  const closeCellsFrom = (depth: number): void => {
    while (cells.length > 0 && cells[cells.length - 1].depth >= depth) closeCell();
  };
  const openTag = (name: string): void => {
    if (skipping !== null) return;
    if (SKIPPED_ELEMENTS.has(name)) skipping = name;
    else if (CELL_ELEMENTS.has(name)) {
      closeCellsFrom(tableDepth);
      cells.push({ breaks: [], paragraphs: 0, otherBlocks: 0, depth: tableDepth });
      out.push('\t');
    } else if (name === 'li') {
      lineBreak(name);
      out.push('\u2022 ');
    } else if (BLOCK_ELEMENTS.has(name)) {
      if (name === 'tr') closeCellsFrom(tableDepth);
      lineBreak(name, true);
      if (name === 'table') tableDepth += 1;
    }
  };
  const closeTag = (name: string): void => {
    if (skipping !== null) {
      if (name === skipping) skipping = null;
      return;
    }
    // Browsers read "</br>" as "<br>"; other void elements have no end.
    if (name === 'br') lineBreak(name);
    if (VOID_ELEMENTS.has(name)) return;
    if (CELL_ELEMENTS.has(name)) {
      if (cells.length > 0 && cells[cells.length - 1].depth === tableDepth) closeCell();
    } else if (name === 'li' || BLOCK_ELEMENTS.has(name)) {
      if (name === 'tr') closeCellsFrom(tableDepth);
      if (name === 'table') {
        closeCellsFrom(tableDepth);
        tableDepth = Math.max(0, tableDepth - 1);
      }
      lineBreak(name);
    }
  };
  const nameAt = (start: number, end: number): string => text.slice(start, end).toLowerCase();
  const ignore = (): void => undefined;

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => openTag(nameAt(start, end)),
      onclosetag: (start, end) => closeTag(nameAt(start, end)),
      ontext(start, end) {
        if (skipping !== null) return;
        const data = text.slice(start, end);
        out.push(wholeDocument ? linesAsSpaces(data) : data);
      },
      ontextentity(codepoint) {
        if (skipping === null) out.push(String.fromCodePoint(codepoint));
      },
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onopentagend: ignore,
      onprocessinginstruction: ignore,
      onselfclosingtag: ignore,
    },
  );
  tokenizer.write(text);
  tokenizer.end();
  return out.join('');
}
