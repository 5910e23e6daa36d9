import type { ParsedLetter } from './parsed-letter';

/** Widths of the VARCHAR columns a parsed letter is written to (see the initial migration). */
const MAX_LENGTH = {
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

/**
 * Lists what in a parsed letter the database would not store faithfully. MariaDB rejects an
 * over-long VARCHAR while SQLite silently keeps it, so checking here makes both engines agree
 * and gives the user a reason instead of a driver message.
 *
 * @returns one message per problem; empty when the letter can be stored
 */
export function findStorageProblems(letter: ParsedLetter): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(letter.year) || letter.year < 2000 || letter.year > 2100) problems.push(`year ${letter.year} is not a plausible year`);
  if (!ISO_DATE.test(letter.publishedOn)) problems.push(`publishedOn "${letter.publishedOn}" is not an ISO date`);
  if (!isGrade(letter.overallGrade)) problems.push(`overallGrade ${letter.overallGrade} is not 1-4`);
  if (!isGrade(letter.capacityToImproveGrade)) problems.push(`capacityToImproveGrade ${letter.capacityToImproveGrade} is not 1-4`);
  if (!isGrade(letter.socialCareGrade)) problems.push(`socialCareGrade ${letter.socialCareGrade} is not 1-4`);
  if (tooLong(letter.recipient?.name, MAX_LENGTH.recipientName)) problems.push(`recipient name is longer than ${MAX_LENGTH.recipientName} characters`);
  if (tooLong(letter.recipient?.role, MAX_LENGTH.recipientRole)) problems.push(`recipient role is longer than ${MAX_LENGTH.recipientRole} characters`);
  for (const area of letter.outcomeAreas) {
    if (!isGrade(area.grade)) problems.push(`${area.area} grade ${area.grade} is not 1-4`);
    if (tooLong(area.judgement, MAX_LENGTH.outcomeJudgement)) problems.push(`${area.area} judgement is longer than ${MAX_LENGTH.outcomeJudgement} characters`);
  }
  for (const [index, setting] of letter.settingJudgements.entries()) {
    if (!isCount(setting.count) || !isCount(setting.total)) problems.push(`setting judgement ${index + 1} (${setting.setting}) has a count or total that is not a whole number`);
    if (setting.proportion !== undefined && !(setting.proportion >= 0 && setting.proportion <= 1)) problems.push(`setting judgement ${index + 1} (${setting.setting}) has a proportion outside 0-1`);
  }
  return problems;
}
