import { AssessmentKind } from '../../domain/enums';

const APA_MARKER = /\bannual performance assessment\b/i;
const RATING_MARKER = /\bchildren's services (?:annual )?rating\b/i;

/** Which kind of letter a text is, from its title words; null when it is neither. */
export function detectLetterKind(lines: readonly string[]): AssessmentKind | null {
  let rating = false;
  for (const line of lines) {
    if (APA_MARKER.test(line)) return AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT;
    if (RATING_MARKER.test(line)) rating = true;
  }
  return rating ? AssessmentKind.ANNUAL_RATING : null;
}

const SIGN_OFF = /^yours\s+(?:sincerely|faithfully)\b/i;
const SIGNATORY = /^(?:divisional manager|director)\b.{0,80}\b(?:CAA|Ofsted|Office for Standards)/i;
const CLOSING_WORDS = /rating is provided for the purpose of section 138|^we confirm that/i;

/** The sign-off or closing words of a letter: a letter without them may be cut short. */
export function hasLetterEnding(lines: readonly string[]): boolean {
  return lines.some((line) => SIGN_OFF.test(line) || SIGNATORY.test(line) || CLOSING_WORDS.test(line));
}
