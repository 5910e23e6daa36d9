import type { Grade } from '../parsed-letter';
import type { Area } from '../../domain/enums';
import { findOutcomeJudgement, gradeOfDigit } from '../grammar/grade-phrases';
import { areaOfHeading, gradedAreaHeading, isKeyStrengthsHeading, isSalutation, isSignOff } from '../grammar/section-headings';
import { splitSentences } from '../text/sentences';

/** The three grades of an APA letter's summary table. */
export interface ApaGrades {
  overall: Grade | null;
  capacityToImprove: Grade | null;
  socialCare: Grade | null;
  /** Outcome areas the grade table grades too (some tables grade all six), by area. */
  areas: Map<Area, Grade>;
  /** Index of the last line of the grades table, or -1. */
  endLine: number;
}

type HeadlineGrade = keyof Omit<ApaGrades, 'endLine' | 'areas'>;

const TABLE_START = /\bareas? for judgement\b|\bgrade awarded\b/i;
/** The table ends at its descriptors, or at its key ("Grades: 4 outstanding ...", "* Grade 4: a service that ..."). */
const TABLE_END = /\bservice descriptors?\b|^grade\s+service\b|^[*\u2022\s]*grades?\s*(?:[1-4]\s*:|:\s*[1-4]\s+[a-z])/i;
/** A row's label is a few words; text longer than this before a digit is prose ("On 1 April 2009 ..."), not a row. */
const MAX_LABEL_LENGTH = 160;
/** How many logical lines the grade table may span (PDF text splits rows across lines). */
const MAX_TABLE_LINES = 12;
/** A grade in the table: a digit 1-4 standing on its own between spaces or tabs. */
const GRADE_CELL = /(?:^|[\s\t])([1-4])(?=$|[\s\t])/g;

/** The service descriptors, the APA's words for each grade, used when there is no table. */
const DESCRIPTORS: ReadonlyArray<[RegExp, Grade]> = [
  [/\bdelivers? well above minimum requirements\b/i, 4],
  [/\bconsistently delivers? above minimum requirements\b/i, 3],
  [/\bdelivers? only minimum requirements\b/i, 2],
  [/\bdoes not deliver minimum requirements\b/i, 1],
];

function classify(label: string): HeadlineGrade | null {
  const text = label.toLowerCase();
  if (/capacity to improve/.test(text)) return 'capacityToImprove';
  if (/social care/.test(text)) return 'socialCare';
  if (/children'?s services|services for children/.test(text)) return 'overall';
  return null;
}

/**
 * Reads the summary table ("Areas for judgement / Grade awarded"): each grade digit
 * closes a row whose label says which grade it is. The rows are read as one stream of
 * text, so a row split over lines, or rows run together by PDF extraction, still read.
 */
export function readApaGrades(lines: readonly string[]): ApaGrades {
  const grades: ApaGrades = { overall: null, capacityToImprove: null, socialCare: null, areas: new Map(), endLine: -1 };
  const start = lines.findIndex((line) => TABLE_START.test(line) && line.length < 200);
  if (start >= 0) {
    // Rows are read as one stream; each row remembers the line it ends on.
    let stream = '';
    const lineEnds: number[] = [];
    for (let index = start; index < lines.length && index < start + MAX_TABLE_LINES; index += 1) {
      const line = lines[index];
      if (index > start && (TABLE_END.test(line) || areaOfHeading(line) !== null)) break;
      const cut = TABLE_END.exec(line);
      stream += `${cut ? line.slice(0, cut.index) : line} `;
      lineEnds.push(stream.length);
      if (cut) break;
    }
    let labelStart = 0;
    for (const match of stream.matchAll(GRADE_CELL)) {
      const label = stream.slice(labelStart, match.index);
      labelStart = match.index + match[0].length;
      let which = label.length > MAX_LABEL_LENGTH ? null : classify(label);
      if (which === null) {
        // "The contribution of the local authority's children's  2" with "services in ..." on
        // the lines below, run into one line: the label goes on after its grade.
        const lineEnd = lineEnds.find((end) => end > match.index) ?? stream.length;
        const tail = stream.slice(match.index + match[0].length, lineEnd);
        if (label.length <= MAX_LABEL_LENGTH && tail.length <= MAX_LABEL_LENGTH && !GRADE_CELL.test(tail)) which = classify(`${label.trim()} ${tail.trim()}`);
        GRADE_CELL.lastIndex = 0;
      }
      const grade = gradeOfDigit(match[1]);
      if (!which || grade === null || grades[which] !== null) continue;
      grades[which] = grade;
      // The table ends with its last graded row, not with the prose after it.
      grades.endLine = start + lineEnds.findIndex((end) => end > match.index);
    }
  }
  readGradeRows(lines, grades);
  if (grades.overall === null) grades.overall = proseGrade(lines, /\boverall effectiveness\b/i);
  // Failing that, the summary's judgement of the council's children's services as a whole.
  if (grades.overall === null) grades.overall = proseGrade(lines.slice(0, firstAreaHeading(lines)), /\bchildren'?s services\b/i);
  if (grades.capacityToImprove === null) grades.capacityToImprove = proseGrade(lines, /\bcapacity to improve\b/i);
  if (grades.overall === null) {
    for (const line of lines) {
      // The table's key ("Grade 4: a service that delivers well above ...") describes every grade.
      const descriptor = DESCRIPTORS.find(([pattern]) => pattern.test(line) && !/^[1-4]\b/.test(line) && !/\bgrade\s*[1-4]\s*:/i.test(line));
      if (descriptor && line.length > 80) {
        grades.overall = descriptor[1];
        break;
      }
    }
  }
  return grades;
}

/** A cell that is a grade: "3", "Grade 3", "3: good", "Grade 3 - Good". */
const GRADE_ONLY_CELL = /^(?:grade\s*)?([1-4])(?:\s*[:=\u2013-]?\s*(?:outstanding|excellent|good|adequate|satisfactory|inadequate|poor)\b.*)?$/i;
/** A row that lost its tabs keeps its grade as the last word: "... outcomes for children and young people 2". */
const TRAILING_GRADE = /^(.{10,250}?)\s+([1-4])$/;

/** A table row as label and grade, whichever way the copy laid the row out, or null. */
function gradeRow(line: string, next: string | undefined): { label: string; grade: Grade; lines: number } | null {
  const cells = line.split('\t').map((cell) => cell.trim());
  if (cells.length > 1) {
    const gradeCell = cells.slice(1).find((cell) => GRADE_ONLY_CELL.test(cell));
    const match = gradeCell === undefined ? null : GRADE_ONLY_CELL.exec(gradeCell);
    const grade = match ? gradeOfDigit(match[1]) : null;
    return grade === null ? null : { label: cells[0], grade, lines: 1 };
  }
  const trailing = TRAILING_GRADE.exec(line);
  if (trailing && !/[.;]\s/.test(trailing[1])) return { label: trailing[1], grade: gradeOfDigit(trailing[2]) as Grade, lines: 1 };
  const below = next === undefined ? null : GRADE_ONLY_CELL.exec(next.trim());
  const grade = below ? gradeOfDigit(below[1]) : null;
  return grade === null || line.length > 250 ? null : { label: line, grade, lines: 2 };
}

/**
 * Reads the grade table row by row wherever it stands and whatever its header says: a row
 * is a label (children's services, capacity to improve, social care, or an outcome area)
 * with a grade cell beside it, after it, or on the next line. Rows are looked for above the
 * first area section only, so a grade in the narrative is never taken for the table's.
 * Fills only what the header-led reading left empty.
 */
function readGradeRows(lines: readonly string[], grades: ApaGrades): void {
  const salutation = lines.findIndex(isSalutation);
  for (let index = Math.max(0, salutation); index < lines.length; index += 1) {
    const line = lines[index];
    if (!line.includes('\t') && gradedAreaHeading(line) !== null) break;
    if (isKeyStrengthsHeading(line) || isSignOff(line)) break;
    const row = gradeRow(line, lines[index + 1]);
    if (!row) continue;
    if (classify(row.label) === null && areaOfHeading(row.label) === null) row.label = withWrappedLabel(row.label, lines, index + row.lines);
    const which = classify(row.label);
    if (which !== null && grades[which] === null) {
      grades[which] = row.grade;
      grades.endLine = Math.max(grades.endLine, index + row.lines - 1);
    }
    const area = areaOfHeading(row.label.replace(/:\s*$/, ''));
    if (area !== null && !grades.areas.has(area)) {
      grades.areas.set(area, row.grade);
      grades.endLine = Math.max(grades.endLine, index + row.lines - 1);
    }
  }
}

/** How many lines a row's label may wrap onto below its grade. */
const MAX_LABEL_LINES = 3;

/**
 * A label whose grade stands on its first line and whose words go on below ("The contribution
 * of the local authority's children's   2" then "services in maintaining ..."): the lines
 * after it that hold no grade of their own finish it.
 */
function withWrappedLabel(label: string, lines: readonly string[], next: number): string {
  let full = label;
  for (let index = next; index < lines.length && index < next + MAX_LABEL_LINES; index += 1) {
    const line = lines[index].trim();
    if (line === '' || line.includes('\t') || TRAILING_GRADE.test(line) || GRADE_ONLY_CELL.test(line) || TABLE_END.test(line)) break;
    full = `${full} ${line}`;
    if (classify(full) !== null) return full;
  }
  return label;
}

/** The first line that opens an outcome area's section, or the letter's length. */
function firstAreaHeading(lines: readonly string[]): number {
  const salutation = Math.max(0, lines.findIndex(isSalutation));
  const index = lines.findIndex((line, at) => at > salutation && !line.includes('\t') && gradedAreaHeading(line) !== null);
  return index < 0 ? lines.length : index;
}

/**
 * A headline grade from prose, for letters without a grade table: the first sentence that
 * names the judgement ("their overall effectiveness is good") and passes a grade.
 */
function proseGrade(lines: readonly string[], subject: RegExp): Grade | null {
  for (const line of lines) {
    if (line.includes('\t') || !subject.test(line)) continue;
    for (const sentence of splitSentences(line)) {
      if (!subject.test(sentence)) continue;
      const judgement = findOutcomeJudgement(sentence.slice(sentence.search(subject)));
      if (judgement) return judgement.grade;
    }
  }
  return null;
}
