import type { TextRun } from './read-page-content';

/**
 * Advance widths (thousandths of an em) of Helvetica/Arial for printable ASCII, from the
 * standard font metrics. Only their proportions are used: to estimate how much of a run's
 * measured width one word takes, which pdf.js does not report per word.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];
const DEFAULT_WIDTH = 556;

function relativeWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.charCodeAt(0);
    width += code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32] : DEFAULT_WIDTH;
  }
  return width;
}

/** The share of a run's width taken by its first `length` characters, by typical glyph proportions. */
export function widthShare(text: string, length: number): number {
  const total = relativeWidth(text);
  return total === 0 ? 0 : relativeWidth(text.slice(0, length)) / total;
}

/** A physical line of text: runs sharing a baseline, left to right, with any list marker split off. */
export interface TextLine {
  runs: TextRun[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The text after the list marker, if there is one. */
  text: string;
  /**
   * A bullet or number that opens a list item, and where the item's text starts. A marker
   * glued to its text (in the same run) may also be a wrapped sentence that happens to
   * start with a number, so it opens an item only where the line starts a new block.
   */
  marker: { ordered: boolean; glued: boolean } | null;
  textX0: number;
}

/** Glyphs that fonts use for bullets, including Word's private-use Symbol bullets. */
const BULLET_GLYPH = /^[\u2022\u25CF\u25AA\u25A0\u25E6\u25CB\u2023\u2043\u2219\u00B7\u2013\u2014*\-o\uF0B7\uF0A7\uF0D8\uF0FC\u27A2\u2713]$/;
/** List numbering set apart from its text: "1.", "2)", "a)", "(iv)". */
const NUMBER_MARKER = /^(?:\d{1,2}[.)]|[a-z][.)]|\(?[ivx]{1,4}[.)]|\([a-z0-9]{1,3}\))$/i;
/** A bullet glued to its text in one run: "• text". */
const LEADING_BULLET = /^[\u2022\u25CF\u25AA\u25E6\uF0B7\uF0A7]\s+/;
/** A number glued to its text: "1. Attainment". Only a list item where the line does not carry on a wrapped paragraph. */
const LEADING_NUMBER = /^(?:\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s+(?=\S)/i;

/** Runs on one baseline: within this share of the font size of each other. */
const SAME_BASELINE = 0.35;
/** A gap wider than this share of the font size between runs is a word space. */
const WORD_GAP = 0.12;
/** A marker is set apart from its text by at least this share of the font size. */
const MARKER_GAP = 0.25;

function lineText(runs: readonly TextRun[]): string {
  let text = '';
  let previous: TextRun | null = null;
  for (const run of runs) {
    if (previous && run.x0 - previous.x1 > WORD_GAP * run.size && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
    text += run.text;
    previous = run;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function makeLine(runs: TextRun[]): TextLine {
  runs.sort((a, b) => a.x0 - b.x0);
  const size = Math.max(...runs.map((run) => run.size));
  const base = {
    runs,
    x0: runs[0].x0,
    x1: Math.max(...runs.map((run) => run.x1)),
    y: runs[0].y,
    size,
  };
  const first = runs[0].text.trim();
  const second = runs[1];
  if (second && second.x0 - runs[0].x1 >= MARKER_GAP * size && (BULLET_GLYPH.test(first) || NUMBER_MARKER.test(first))) {
    return { ...base, text: lineText(runs.slice(1)), marker: { ordered: !BULLET_GLYPH.test(first), glued: false }, textX0: second.x0 };
  }
  const whole = lineText(runs);
  const glued = LEADING_BULLET.exec(whole) ?? LEADING_NUMBER.exec(whole);
  if (glued) {
    const ordered = !LEADING_BULLET.test(whole);
    const textX0 = base.x0 + (runs[0].x1 - runs[0].x0) * widthShare(runs[0].text.trimStart(), glued[0].length);
    return { ...base, text: whole.slice(glued[0].length), marker: { ordered, glued: true }, textX0 };
  }
  return { ...base, text: whole, marker: null, textX0: base.x0 };
}

/**
 * Groups runs into physical lines by baseline, top to bottom. Runs whose baselines differ
 * by less than a third of the font size are one line, so a superscript or a slightly
 * raised italic run stays on its line.
 */
export function buildLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (group && anchor && Math.abs(anchor.y - run.y) <= SAME_BASELINE * Math.max(anchor.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map(makeLine).filter((line) => line.text.length > 0 || line.marker !== null);
}
