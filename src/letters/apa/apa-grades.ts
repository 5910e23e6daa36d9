import type { Grade } from '../parsed-letter';
import { gradeOfDigit } from '../grammar/grade-phrases';
import { areaOfHeading } from '../grammar/section-headings';

/** The three grades of an APA letter's summary table. */
export interface ApaGrades {
  overall: Grade | null;
  capacityToImprove: Grade | null;
  socialCare: Grade | null;
  /** Index of the last line of the grades table, or -1. */
  endLine: number;
}

const TABLE_START = /\bareas? for judgement\b|\bgrade awarded\b/i;
const TABLE_END = /\bservice descriptors?\b|^grade\s+service\b/i;
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

function classify(label: string): keyof Omit<ApaGrades, 'endLine'> | null {
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
  const grades: ApaGrades = { overall: null, capacityToImprove: null, socialCare: null, endLine: -1 };
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
      const which = classify(label);
      const grade = gradeOfDigit(match[1]);
      if (!which || grade === null || grades[which] !== null) continue;
      grades[which] = grade;
      // The table ends with its last graded row, not with the prose after it.
      grades.endLine = start + lineEnds.findIndex((end) => end > match.index);
    }
  }
  if (grades.overall === null) {
    for (const line of lines) {
      const descriptor = DESCRIPTORS.find(([pattern]) => pattern.test(line) && !/^[1-4]\b/.test(line));
      if (descriptor && line.length > 80) {
        grades.overall = descriptor[1];
        break;
      }
    }
  }
  return grades;
}
