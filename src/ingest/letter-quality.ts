import { Area, AssessmentKind } from '../domain/enums';
import type { ParsedLetter } from '../letters/parsed-letter';

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
  /** The parser's own warnings, e.g. a misspelt grade word it read anyway. */
  warnings: string[];
  /** Sections a letter of its kind always has but this parse lacks. */
  missingSections: string[];
}

const ALL_AREAS = Object.values(Area);

/**
 * The sections a complete letter of its kind has and this parse lacks: every APA letter
 * judges the five outcome areas and service management, and every 2009 rating letter says
 * how inspected services and settings were judged. A parse without them read the letter only
 * in part (a table lost its columns, a heading went unrecognised).
 */
export function findMissingSections(letter: ParsedLetter): string[] {
  if (letter.kind === AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT) {
    const found = new Set(letter.outcomeAreas.map((area) => area.area));
    const missing = ALL_AREAS.filter((area) => !found.has(area));
    return missing.length === 0 ? [] : [`an APA letter has 6 outcome areas; this parse has ${found.size} (missing ${missing.join(', ')})`];
  }
  return letter.settingJudgements.length === 0 ? ['a rating letter judges settings; this parse found no setting statements'] : [];
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
    warnings: [...letter.warnings],
    missingSections: findMissingSections(letter),
  };
}

/** Why `parse --check` doubts a parse: its warnings, then its missing sections; empty when it is complete. */
export function letterProblems(letter: ParsedLetter): string[] {
  return [...letter.warnings, ...findMissingSections(letter)];
}
