import type { Area } from '../../domain/enums';
import type { Grade, ParsedOutcomeArea } from '../parsed-letter';
import { findOutcomeJudgement, readGradeLabel, type OutcomeJudgement } from '../grammar/grade-phrases';
import { listColumnOfHeading, type ListColumn } from '../grammar/list-headings';
import { withGradeWordsRead } from '../grammar/grade-spelling';
import {
  areaOfHeading,
  gradedAreaHeading,
  isAspectsForFocusHeading,
  isKeyStrengthsHeading,
  isLetterTitle,
  isSignOff,
} from '../grammar/section-headings';
import { collapseWhitespace } from '../text/normalise-characters';
import { splitSentences } from '../text/sentences';
import { cleanListItem, splitBulletedItems } from './list-items';
import type { StrengthsByArea } from './strengths-table';

/** Sentences at the start of an area's narrative in which its judgement is looked for. */
const JUDGEMENT_SENTENCES = 3;
/** A line this long is a paragraph, never a list item of a list that lost its bullets. */
const MAX_UNBULLETED_ITEM = 200;
/** A grade label line ("Grade 3", "Judgement: good (grade 3)") is short. */
const MAX_GRADE_LABEL = 120;

/** An outcome area's section: its heading line, stated grade, narrative and its own lists. */
export interface AreaSection {
  area: Area;
  headingLine: number;
  /** The grade as the heading or a label line under it states it, or null. */
  label: OutcomeJudgement | null;
  paragraphs: string[];
  strengths: string[];
  areasForImprovement: string[];
  /** How many list headings ("Key strengths", "Areas for improvement") the section has. */
  listHeadings: number;
  /** List headings of the section under which no item was read. */
  emptyLists: string[];
  /** Bulleted or numbered lines after the section's first list heading that went into no list. */
  unread: string[];
}

/** The sections of a letter and where the run of sections ended. */
export interface AreaSections {
  sections: AreaSection[];
  /** The line that ended the sections (a strengths table heading, aspects for focus, sign-off), or the letter's length. */
  end: number;
}

/** A list being read under a heading: the list each cell of a row goes to, and how many items it gave. */
interface OpenList {
  heading: string;
  columns: ListColumn[];
  items: number;
  bulleted: boolean;
}

/** Bullets (before or after cleaning) and numbering that open a list item: "• item", "- item", "1. item", "(a) item". */
const LIST_LINE = /^\s*(?:[\u2022\u00b7*\u2013-]\s*\S|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+\S|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+\S)/i;

/** A bulleted or numbered line. */
export function isListLine(line: string): boolean {
  return LIST_LINE.test(line);
}

/** Most words a list's own heading has; a line that leads into a list with more is a sentence. */
const MAX_LEAD_IN_WORDS = 8;

/**
 * A few words that neither end a sentence nor hold a comma: the heading of the list below
 * it ("What works well:"), whatever it calls the list, rather than a sentence leading into it.
 */
function isListLeadIn(line: string): boolean {
  return !line.includes('\t') && !/[.;,!?]/.test(line.replace(/:\s*$/, '')) && line.trim().split(/\s+/).length <= MAX_LEAD_IN_WORDS;
}

/** The list columns a heading line opens: one for "Major strengths:", two for a table header row. */
function listHeadingColumns(line: string): ListColumn[] | null {
  const cells = line
    .split('\t')
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0);
  if (cells.length === 0 || cells.length > 3) return null;
  const columns = cells.map((cell) => listColumnOfHeading(cell));
  return columns.every((column): column is ListColumn => column !== null) ? columns : null;
}

/** How far below a "Key strengths" heading the table's first area label may stand (after its column headings). */
const TABLE_HEADER_LINES = 3;

/**
 * A "Key strengths ..." heading that opens the letter's one strengths table rather than a
 * section's own list: it names both lists, or below it (after any other column headings)
 * comes an area label that leads items (with a colon, a cell or a bulleted line after it).
 */
function opensStrengthsTable(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  if (!isKeyStrengthsHeading(line)) return false;
  if (listColumnOfHeading(line) === null) return true;
  for (let next = index + 1; next < lines.length && next <= index + TABLE_HEADER_LINES; next += 1) {
    const firstCell = lines[next].split('\t')[0].replace(/^\u2022\s*/, '').trim();
    if (listColumnOfHeading(firstCell.replace(/:\s*$/, '')) !== null) continue;
    if (areaOfHeading(firstCell.split(':')[0].trim()) === null) return false;
    // A table's row label leads its items; a section heading (the next section, after an
    // empty list) leads a grade or narrative.
    return /:/.test(firstCell) || lines[next].includes('\t') || isListLine(lines[next + 1] ?? '');
  }
  return false;
}

function endsApaBody(lines: readonly string[], index: number): boolean {
  return opensStrengthsTable(lines, index) || isSignOff(lines[index]);
}

/** Items of one cell or line: bullets split it, numbering and full stops are dropped. */
function itemsOf(text: string): string[] {
  return text.includes('\u2022') ? splitBulletedItems(text) : [cleanListItem(text)].filter((item) => item.length > 0);
}

/**
 * Reads a line under a list heading into the open list's columns: false when the line is
 * not part of the list (a paragraph, a heading the section grammar does not know), which
 * ends the list. A running header between items is passed over.
 */
function readListLine(section: AreaSection, list: OpenList, line: string): boolean {
  const cells = line.split('\t');
  if (list.columns.length > 1 && cells.length > 1) {
    cells.forEach((cell, index) => {
      const column = list.columns[Math.min(index, list.columns.length - 1)];
      const items = itemsOf(cell);
      section[column].push(...items);
      list.items += items.length;
    });
    list.bulleted = true;
    return true;
  }
  const column = list.columns[0];
  if (isListLine(line) || line.includes('\u2022')) {
    const items = itemsOf(line);
    section[column].push(...items);
    list.items += items.length;
    list.bulleted = true;
    return true;
  }
  const target = section[column];
  // An item broken by a page or line break goes on in lower case.
  if (list.bulleted && target.length > 0 && /^[a-z]/.test(line) && line.length <= MAX_UNBULLETED_ITEM) {
    target[target.length - 1] = cleanListItem(`${target[target.length - 1]} ${line}`);
    return true;
  }
  if (!list.bulleted && line.length <= MAX_UNBULLETED_ITEM && !line.includes('\t') && !isLetterTitle(line)) {
    target.push(cleanListItem(line));
    list.items += 1;
    return true;
  }
  return isLetterTitle(line);
}

/**
 * The outcome-area sections of an APA letter, in letter order, from the end of the grades
 * table up to the strengths table (or the end of the letter when each section keeps its own
 * lists). A section's heading may carry its grade; a short "Grade 3" or "Judgement: good"
 * line under it states the grade too; "Strengths" and "Areas for improvement" headings in it
 * open its own lists, read until a line that is neither an item nor its continuation.
 */
export function findAreaSections(lines: readonly string[], from: number): AreaSections {
  const sections: AreaSection[] = [];
  const seen = new Set<Area>();
  let current: AreaSection | null = null;
  let list: OpenList | null = null;
  let listed = false;
  let underHeading = false;
  const closeList = (): void => {
    if (current && list && list.items === 0) current.emptyLists.push(list.heading);
    list = null;
  };
  let index = Math.max(0, from);
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (endsApaBody(lines, index)) break;
    if (isAspectsForFocusHeading(line)) {
      // Aspects for focus may stand between sections too; its list is read on its own.
      closeList();
      current = null;
      continue;
    }
    const heading = gradedAreaHeading(line);
    if (heading !== null && !seen.has(heading.area)) {
      closeList();
      seen.add(heading.area);
      current = {
        area: heading.area,
        headingLine: index,
        label: heading.gradeText === null ? null : readGradeLabel(heading.gradeText),
        paragraphs: [],
        strengths: [],
        areasForImprovement: [],
        listHeadings: 0,
        emptyLists: [],
        unread: [],
      };
      listed = false;
      underHeading = false;
      sections.push(current);
      continue;
    }
    if (!current) continue;
    if (current.label === null && current.paragraphs.length === 0 && line.length <= MAX_GRADE_LABEL && /^(?:overall\s+)?(?:grade|judgement|rating|score)\b/i.test(line)) {
      current.label = readGradeLabel(line);
      if (current.label) continue;
    }
    const columns = listHeadingColumns(line);
    if (columns) {
      closeList();
      list = { heading: line, columns, items: 0, bulleted: false };
      current.listHeadings += 1;
      listed = true;
      continue;
    }
    if (list && readListLine(current, list, line)) continue;
    closeList();
    const bulleted = isListLine(line);
    if (bulleted && (listed || underHeading)) current.unread.push(line);
    else if (!line.includes('\t')) current.paragraphs.push(collapseWhitespace(line));
    // A run of bullets under a short heading-like line ("What works well:") is a list whose
    // heading was not recognised; under a sentence it is part of the narrative.
    if (!bulleted) underHeading = isListLeadIn(line);
  }
  closeList();
  return { sections, end: index };
}

/** The judgement of an area: the first of its opening sentences that passes one. */
function judgementOf(paragraphs: readonly string[]): ReturnType<typeof findOutcomeJudgement> {
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph)).slice(0, JUDGEMENT_SENTENCES);
  for (const sentence of sentences) {
    const judgement = findOutcomeJudgement(withGradeWordsRead(sentence));
    if (judgement) return judgement;
  }
  return null;
}

/**
 * Each outcome area with its grade, judgement words, narrative and list entries (the
 * letter's strengths table and the section's own lists). The grade is the one the section
 * states in its heading or a label line, else the one its opening sentences pass, else the
 * grade table's row for the area. An area whose judgement cannot be read is left out rather
 * than given a guessed grade.
 */
export function readOutcomeAreas(
  sections: readonly AreaSection[],
  table: StrengthsByArea,
  tableGrades: ReadonlyMap<Area, Grade> = new Map(),
): ParsedOutcomeArea[] {
  const areas: ParsedOutcomeArea[] = [];
  for (const section of sections) {
    const tableGrade = tableGrades.get(section.area);
    const judgement =
      section.label ?? judgementOf(section.paragraphs) ?? (tableGrade === undefined ? null : readGradeLabel(`grade ${tableGrade}`));
    if (!judgement) continue;
    const entries = table.get(section.area);
    areas.push({
      area: section.area,
      grade: judgement.grade,
      judgement: judgement.words,
      narrative: section.paragraphs.join(' '),
      strengths: [...(entries?.strengths ?? []), ...section.strengths],
      areasForImprovement: [...(entries?.areasForImprovement ?? []), ...section.areasForImprovement],
    });
  }
  return areas;
}
