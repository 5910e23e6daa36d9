import type { Area, AssessmentKind, Judgement, JudgementSource, Setting } from '../domain/enums';
import type { ResolvedAuthority } from '../reference/find-authority';
import type { ParseWarning } from './parse-warnings';

/** A grade on Ofsted's four-point scale: 4 outstanding ... 1 inadequate. */
export type Grade = 1 | 2 | 3 | 4;

/** The authority a letter is addressed to, resolved against the reference data where possible. */
export type ParsedAuthority = ResolvedAuthority;

export interface ParsedRecipient {
  name: string;
  role: string | null;
}

export interface ParsedOutcomeArea {
  area: Area;
  grade: Grade;
  /** The words of the judgement, e.g. "adequate, with some good features". */
  judgement: string;
  narrative: string;
  strengths: string[];
  areasForImprovement: string[];
}

export interface ParsedSettingJudgement {
  setting: Setting;
  judgement: Judgement;
  count: number | null;
  total: number | null;
  /** Present only where the letter states a fraction ("half" -> 0.5, "two thirds" -> 0.67). */
  proportion?: number;
  source: JudgementSource;
  /** The sentence the judgement came from. */
  evidence: string;
}

/** One letter turned into data: the shape of `../shared/letters/expected/*.json` plus extras. */
export interface ParsedLetter {
  kind: AssessmentKind;
  year: number;
  /** ISO date, e.g. "2009-12-09". */
  publishedOn: string;
  authority: ParsedAuthority;
  recipient: ParsedRecipient | null;
  overallGrade: Grade;
  capacityToImproveGrade: Grade | null;
  socialCareGrade: Grade | null;
  summary: string;
  outcomeAreas: ParsedOutcomeArea[];
  settingJudgements: ParsedSettingJudgement[];
  aspectsForFocus: string[];
  /**
   * What the reader could not read (a sentence naming a setting and a judgement that gave no
   * judgement, a missing area, grade or list) or had to assume (a misspelt grade word read
   * as the word it plainly is); empty when the letter was read completely.
   */
  warnings: ParseWarning[];
}

/**
 * What the reader of one kind of letter gives: the grades and content of its body, and the
 * year its title states (null when the title has none; the date then gives the year).
 */
export type LetterContent = Omit<ParsedLetter, 'kind' | 'year' | 'publishedOn' | 'authority' | 'recipient'> & {
  year: number | null;
};

/** Machine-readable reasons a text is not a usable letter. */
export type ParseErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'NOT_A_LETTER'
  | 'NO_RATING'
  | 'NO_AUTHORITY'
  | 'UNKNOWN_AUTHORITY'
  | 'NO_DATE'
  | 'TRUNCATED';

export interface ParseFailure {
  code: ParseErrorCode;
  message: string;
}

/** What `parseLetter` gives: a letter, with its warnings always listed, or why the text is not one. */
export type ParseResult = { ok: true; letter: ParsedLetter } | { ok: false; error: ParseFailure };
