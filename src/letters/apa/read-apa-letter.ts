import type { LetterContent } from '../parsed-letter';
import { areaOfHeading, gradedAreaHeading, isAspectsForFocusHeading, isKeyStrengthsHeading, isSalutation, isSignOff, isSummaryHeading } from '../grammar/section-headings';
import { collapseWhitespace } from '../text/normalise-characters';
import { readApaGrades } from './apa-grades';
import { cleanListItem, splitBulletedItems, startsWithBullet } from './list-items';
import { findAreaSections, readOutcomeAreas } from './read-outcome-areas';
import { readStrengthsTable } from './strengths-table';
import { apaCompletenessWarnings, apaListWarnings } from './apa-completeness';

const TABLE_END = /^we confirm that\b|^the social care judgement\b/i;
/** A line this long is a paragraph, never a list item. */
const MAX_ITEM_LENGTH = 300;

/** "• Being healthy: the Sure Start programme": a list item that names its outcome area first. */
const AREA_LED_ITEM = /^\u2022\s*([^:\u2022\t]{5,120}):\s*(.+)$/;

/**
 * An item that names its area first becomes the area's label with the item under it
 * ("Being healthy: • the Sure Start programme"), the form the strengths table reads.
 */
function labelBeforeItem(line: string): string {
  const match = AREA_LED_ITEM.exec(line);
  return match && areaOfHeading(match[1]) !== null ? `${match[1]}: \u2022 ${match[2]}` : line;
}

/** The lines of the "Key strengths and areas for improvement" table, from its heading (or none when there is no heading). */
function strengthsTableLines(lines: readonly string[], start: number): string[] {
  if (start < 0 || start >= lines.length || !isKeyStrengthsHeading(lines[start])) return [];
  const table: string[] = [];
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (isAspectsForFocusHeading(line) || isSignOff(line) || TABLE_END.test(line)) break;
    table.push(line.startsWith('\u2022') ? labelBeforeItem(line) : line);
  }
  return table;
}

/**
 * The "Aspects for focus" list: bulleted lines (or, in copies that lost their bullets,
 * short lines) after the heading, up to the closing paragraph.
 */
function readAspectsForFocus(lines: readonly string[]): string[] {
  const start = lines.findIndex(isAspectsForFocusHeading);
  if (start < 0) return [];
  const items: string[] = [];
  let bulleted = false;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (isSignOff(line) || TABLE_END.test(line) || line.length > MAX_ITEM_LENGTH) break;
    // The list ends where the next section starts, wherever the letter put the aspects.
    if (gradedAreaHeading(line) !== null || isKeyStrengthsHeading(line)) break;
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
function readApaSummary(lines: readonly string[], gradesEndLine: number, firstAreaLine: number): string {
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

/** The year in the title "2007 annual performance assessment" or "Annual performance assessment (APA) for 2007". */
function apaYear(lines: readonly string[]): number | null {
  for (const line of lines) {
    const match =
      /\b((?:19|20)\d\d)\s+annual performance assessment\b|\bannual performance assessment\s+(?:\(APA\)\s+)?(?:for\s+|of\s+)?((?:19|20)\d\d)\b/i.exec(
        line,
      );
    if (match) return Number(match[1] ?? match[2]);
  }
  return null;
}

/**
 * Reads an Annual Performance Assessment letter (2005-2008): the grades table, the summary
 * after it, each outcome area with its entries in the key strengths table, and the aspects
 * for focus. Null when the letter states no grade for children's services.
 */
export function readApaLetter(lines: readonly string[]): LetterContent | null {
  const grades = readApaGrades(lines);
  if (grades.overall === null) return null;
  const salutation = lines.findIndex(isSalutation);
  const bodyStart = Math.max(grades.endLine, salutation) + 1;
  const { sections, end } = findAreaSections(lines, bodyStart);
  const table = readStrengthsTable(strengthsTableLines(lines, end));
  const outcomeAreas = readOutcomeAreas(sections, table.byArea, grades.areas);
  const content = {
    year: apaYear(lines),
    overallGrade: grades.overall,
    capacityToImproveGrade: grades.capacityToImprove,
    socialCareGrade: grades.socialCare,
    summary: readApaSummary(lines, bodyStart - 1, sections[0]?.headingLine ?? -1),
    outcomeAreas,
    settingJudgements: [],
    aspectsForFocus: readAspectsForFocus(lines),
  };
  const graded = new Set(outcomeAreas.map((area) => area.area));
  const unread = new Set(sections.map((section) => section.area).filter((area) => !graded.has(area)));
  return { ...content, warnings: [...apaCompletenessWarnings(content, unread), ...apaListWarnings(sections, table.unread)] };
}
