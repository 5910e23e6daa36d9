import type { ParsedLetter } from './parsed-letter';

/** Widths of the VARCHAR columns a parsed letter is written to (see the initial migration). */
const MAX_LENGTH = {
  fileName: 255,
  recipientName: 120,
  recipientRole: 255,
  outcomeJudgement: 255,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isGrade(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 1 && value <= 4);
}

function tooLong(value: string | null | undefined, max: number): boolean {
  return value !== null && value !== undefined && [...value].length > max;
}

function isCount(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 0);
}

/** Says why a source file name would not fit its column, or null when it fits. */
export function findFileNameProblem(fileName: string | null): string | null {
  return tooLong(fileName, MAX_LENGTH.fileName) ? `the file name is longer than ${MAX_LENGTH.fileName} characters` : null;
}

/**
 * Lists what in a parsed letter the database would not store faithfully. MariaDB rejects an
 * over-long VARCHAR while SQLite silently keeps it, so checking here makes both engines agree
 * and gives the user a reason instead of a driver message.
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
  const { recipientName, recipientRole, outcomeJudgement } = MAX_LENGTH;
  check(!tooLong(letter.recipient?.name, recipientName), `recipient name is longer than ${recipientName} characters`);
  check(!tooLong(letter.recipient?.role, recipientRole), `recipient role is longer than ${recipientRole} characters`);
  for (const area of letter.outcomeAreas) {
    check(isGrade(area.grade), `${area.area} grade ${area.grade} is not 1-4`);
    check(!tooLong(area.judgement, outcomeJudgement), `${area.area} judgement is longer than ${outcomeJudgement} characters`);
  }
  for (const [index, setting] of letter.settingJudgements.entries()) {
    const which = `setting judgement ${index + 1} (${setting.setting})`;
    check(isCount(setting.count) && isCount(setting.total), `${which} has a count or total that is not a whole number`);
    const { proportion } = setting;
    check(proportion === undefined || (proportion >= 0 && proportion <= 1), `${which} has a proportion outside 0-1`);
  }
  return problems;
}
