import type { AssessmentKind } from '../domain/enums';
import type { ParsedLetter } from '../letters/parsed-letter';
import { describeWarning, isCompleteParse, type ParseWarning } from '../letters/parse-warnings';

/** What one parse gave, in numbers, with whatever makes it doubtful; the rows of `ingest`'s report. */
export interface LetterQuality {
  kind: AssessmentKind;
  year: number;
  authorityName: string;
  overallGrade: number;
  outcomeAreas: number;
  /** Strengths, areas for improvement and aspects for focus, together. */
  listItems: number;
  settingJudgements: number;
  /** False when a warning says part of the letter went unread. */
  complete: boolean;
  /** The parser's warnings: what it could not read, or read only by assuming. */
  warnings: ParseWarning[];
}

/** Counts what a parse gave and lists what makes it doubtful. */
export function assessLetterQuality(letter: ParsedLetter): LetterQuality {
  const listItems =
    letter.outcomeAreas.reduce((sum, area) => sum + area.strengths.length + area.areasForImprovement.length, 0) +
    letter.aspectsForFocus.length;
  return {
    kind: letter.kind,
    year: letter.year,
    authorityName: letter.authority.name,
    overallGrade: letter.overallGrade,
    outcomeAreas: letter.outcomeAreas.length,
    listItems,
    settingJudgements: letter.settingJudgements.length,
    complete: isCompleteParse(letter.warnings),
    warnings: [...letter.warnings],
  };
}

/** Why `parse --check` doubts a parse: each of its warnings in words; empty when it has none. */
export function letterProblems(letter: ParsedLetter): string[] {
  return letter.warnings.map(describeWarning);
}
