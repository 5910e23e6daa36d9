import { isAspectsForFocusHeading, isKeyStrengthsHeading, isSignOff, isSummaryHeading } from '../grammar/section-headings';
import { collapseWhitespace } from '../text/normalise-characters';
import { cleanListItem, splitBulletedItems, startsWithBullet } from './list-items';

const TABLE_END = /^we confirm that\b|^the social care judgement\b/i;
/** A line this long is a paragraph, never a list item. */
const MAX_ITEM_LENGTH = 300;

/** The lines of the "Key strengths and areas for improvement" section. */
export function strengthsTableLines(lines: readonly string[]): string[] {
  const start = lines.findIndex(isKeyStrengthsHeading);
  if (start < 0) return [];
  const table: string[] = [];
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (isAspectsForFocusHeading(line) || isSignOff(line) || TABLE_END.test(line)) break;
    table.push(line);
  }
  return table;
}

/**
 * The "Aspects for focus" list: bulleted lines (or, in copies that lost their bullets,
 * short lines) after the heading, up to the closing paragraph.
 */
export function readAspectsForFocus(lines: readonly string[]): string[] {
  const start = lines.findIndex(isAspectsForFocusHeading);
  if (start < 0) return [];
  const items: string[] = [];
  let bulleted = false;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (isSignOff(line) || TABLE_END.test(line) || line.length > MAX_ITEM_LENGTH) break;
    if (line.includes('\u2022')) {
      bulleted = true;
      items.push(...splitBulletedItems(line));
    } else if (bulleted && !startsWithBullet(line)) {
      break;
    } else {
      items.push(cleanListItem(line));
    }
  }
  return items.filter((item) => item.length > 0);
}

const GRADE_TABLE_LINE = /\t|^[1-4]$|minimum requirements for users|^grade\b/i;

/**
 * The summary paragraph(s) of an APA letter: the prose after the grades table and before
 * the first outcome area.
 */
export function readApaSummary(lines: readonly string[], gradesEndLine: number, firstAreaLine: number): string {
  const end = firstAreaLine >= 0 ? firstAreaLine : lines.length;
  const summaryHeading = lines.findIndex((line, index) => index < end && isSummaryHeading(line));
  const start = Math.max(gradesEndLine, summaryHeading) + 1;
  const paragraphs: string[] = [];
  for (let index = Math.max(0, start); index < end; index += 1) {
    const line = lines[index];
    if (GRADE_TABLE_LINE.test(line) || line.length < 60) continue;
    paragraphs.push(collapseWhitespace(line));
  }
  return paragraphs.join(' ');
}
