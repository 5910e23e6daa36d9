import { COLUMN_WIDTH, MAX_LONG_TEXT_CHARS } from '../entities/column-widths';
import type { ParsedLetter } from '../letters/parsed-letter';

/**
 * The number of characters (Unicode code points) in a string, which is what MariaDB's column
 * widths and SQLite's length() count; a character outside the Basic Multilingual Plane (an
 * emoji) is two UTF-16 units in JavaScript but one character to the database.
 */
export function characterCount(value: string): number {
  let count = value.length;
  for (let index = 1; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    const previous = value.charCodeAt(index - 1);
    if (code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) count -= 1;
  }
  return count;
}

/** True when a string (if any) has more than `max` characters; cheap for strings that are clearly short enough. */
export function longerThan(value: string | null | undefined, max: number): boolean {
  // A string never has more characters than UTF-16 units, so most values need no counting.
  return value !== null && value !== undefined && value.length > max && characterCount(value) > max;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isGrade(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 1 && value <= 4);
}

function isCount(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 0);
}

/** Says why a source file name would not fit its column, or null when it fits. */
export function findFileNameProblem(fileName: string | null): string | null {
  return longerThan(fileName, COLUMN_WIDTH.sourceLetter.fileName)
    ? `the file name is longer than ${COLUMN_WIDTH.sourceLetter.fileName} characters`
    : null;
}

/**
 * Lists what in a parsed letter the database would not store faithfully. MariaDB rejects an
 * over-long VARCHAR or MEDIUMTEXT (non-strict MySQL truncates it) while SQLite silently keeps
 * it, so checking here makes both engines agree and gives the user a reason instead of a
 * driver message.
 *
 * @returns one message per problem; empty when the letter can be stored
 */
export function findStorageProblems(letter: ParsedLetter): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string): void => {
    if (!ok) problems.push(problem);
  };
  check(Number.isInteger(letter.year) && letter.year >= 2000 && letter.year <= 2100, `year ${letter.year} is not a plausible year`);
  check(ISO_DATE.test(letter.publishedOn), `publishedOn "${letter.publishedOn}" is not an ISO date`);
  check(isGrade(letter.overallGrade), `overallGrade ${letter.overallGrade} is not 1-4`);
  check(isGrade(letter.capacityToImproveGrade), `capacityToImproveGrade ${letter.capacityToImproveGrade} is not 1-4`);
  check(isGrade(letter.socialCareGrade), `socialCareGrade ${letter.socialCareGrade} is not 1-4`);
  const { recipientName, recipientRole } = COLUMN_WIDTH.assessment;
  const outcomeJudgement = COLUMN_WIDTH.outcomeArea.judgement;
  check(!longerThan(letter.recipient?.name, recipientName), `recipient name is longer than ${recipientName} characters`);
  check(!longerThan(letter.recipient?.role, recipientRole), `recipient role is longer than ${recipientRole} characters`);
  const longText = (value: string, what: string): void => {
    check(!longerThan(value, MAX_LONG_TEXT_CHARS), `${what} longer than ${MAX_LONG_TEXT_CHARS} characters`);
  };
  longText(letter.summary, 'the summary is');
  for (const area of letter.outcomeAreas) {
    check(isGrade(area.grade), `${area.area} grade ${area.grade} is not 1-4`);
    check(!longerThan(area.judgement, outcomeJudgement), `${area.area} judgement is longer than ${outcomeJudgement} characters`);
    longText(area.narrative, `the ${area.area} narrative is`);
    // The lists are stored as JSON, whose quotes and escapes count against the column too.
    longText(JSON.stringify(area.strengths), `the ${area.area} strengths, stored as JSON, are`);
    longText(JSON.stringify(area.areasForImprovement), `the ${area.area} areas for improvement, stored as JSON, are`);
  }
  for (const [index, setting] of letter.settingJudgements.entries()) {
    const which = `setting judgement ${index + 1} (${setting.setting})`;
    check(isCount(setting.count) && isCount(setting.total), `${which} has a count or total that is not a whole number`);
    const { proportion } = setting;
    check(proportion === undefined || (proportion >= 0 && proportion <= 1), `${which} has a proportion outside 0-1`);
    longText(setting.evidence, `the evidence of ${which} is`);
  }
  // Aspects for focus are stored only as search passages; every other passage is a piece of a field checked above.
  for (const [index, aspect] of letter.aspectsForFocus.entries()) longText(aspect, `aspect for focus ${index + 1} is`);
  return problems;
}
