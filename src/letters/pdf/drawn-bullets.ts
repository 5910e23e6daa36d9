import type { Mark } from './path-shapes';
import type { TextRun } from './read-page-content';

/** A bullet is at most this share of the font size of the text it opens, wide or high. */
const MAX_BULLET_SIZE = 0.6;
/** A bullet's middle sits between the baseline and this share of the font size above it (about the x-height). */
const BULLET_MIDDLE_TOP = 0.75;
/** The text a bullet opens starts at most this many font sizes to its right. */
const MAX_BULLET_GAP = 3;
/** Text ending closer than this many font sizes before a mark, on its line, makes the mark part of the line (a separator), not a bullet. */
const TEXT_BEFORE = 1.5;

function middle(mark: Mark): number {
  return (mark.y0 + mark.y1) / 2;
}

function onLineOf(mark: Mark, run: TextRun): boolean {
  const y = middle(mark);
  return y >= run.y && y <= run.y + BULLET_MIDDLE_TOP * run.size && Math.max(mark.x1 - mark.x0, mark.y1 - mark.y0) <= MAX_BULLET_SIZE * run.size;
}

/**
 * The list bullets that are drawn rather than set in a font, as text runs: a "•" at the
 * mark's place on the baseline of the text it opens. A mark is a bullet when it is small
 * beside that text, sits at its x-height, and opens the line: text follows it closely to
 * the right and none comes just before it. The runs then go through the same line and list
 * reading as a font's bullet glyph, so a list reads alike whoever drew it. A mark painted
 * twice (filled, then outlined) gives one bullet.
 */
export function drawnBullets(marks: readonly Mark[], runs: readonly TextRun[]): TextRun[] {
  const bullets: TextRun[] = [];
  for (const mark of marks) {
    let opened: TextRun | null = null;
    let preceded = false;
    for (const run of runs) {
      if (!onLineOf(mark, run)) continue;
      const gap = run.x0 - mark.x1;
      if (gap >= -0.5 && gap <= MAX_BULLET_GAP * run.size && (opened === null || run.x0 < opened.x0)) opened = run;
      if (run.x1 <= mark.x0 + 0.5 && mark.x0 - run.x1 < TEXT_BEFORE * run.size) preceded = true;
    }
    const drawnTwice = bullets.some((bullet) => bullet.x0 < mark.x1 && bullet.x1 > mark.x0 && Math.abs(bullet.y - (opened?.y ?? 0)) < 0.5);
    if (opened && !preceded && !drawnTwice) bullets.push({ text: '\u2022', x0: mark.x0, x1: mark.x1, y: opened.y, size: opened.size });
  }
  return bullets;
}
