import { AssessmentKind } from '../../domain/enums';
import type { ParseFailure } from '../parsed-letter';
import { isDateLine } from './dates';
import { isLetterTitle, isSalutation } from './section-headings';

/**
 * What makes a text a letter, as a reader sees it: a header (letterhead, date line or
 * address block), a salutation ("Dear Ms Turner"), the letter's title right by it, the body,
 * then a sign-off or the closing words. A document that only quotes a letter (a council
 * report, a news article, a README, JSON) has a rating phrase or a title somewhere but not
 * this order, so it is refused rather than read for the phrases it mentions; a page that
 * holds a whole letter among menus and links (a letter saved from a web page, an email
 * forwarding it) is cut down to the letter.
 */

/** How many lines above the salutation the header (letterhead, date, address block) may take. */
export const MAX_HEADER_LINES = 40;
/** How far from the salutation the title may stand: on the lines below it, or just above it. */
const TITLE_LINES_BELOW = 3;
const TITLE_LINES_ABOVE = 2;
/** Lines kept after the closing words for the sign-off and the signatory's name and role. */
const SIGNATURE_LINES = 4;
/** How far apart the closing words, sign-off and signatory may be. */
const CLOSING_SPAN = 10;

const APA_TITLE = /\bannual performance assessment\b/i;
/** Words of either title, wherever they stand: a document that has them but no letter opening is about a letter. */
const MENTION = /\bannual performance assessment\b|\bchildren's services (?:annual )?rating\b/i;
const SIGN_OFF = /^yours\s+(?:sincerely|faithfully)\b/i;
const SIGNATORY = /^(?:divisional manager|director)\b.{0,80}\b(?:CAA|Ofsted|Office for Standards)/i;
const CLOSING_WORDS = /rating is provided for the purpose of section 138|^we confirm that/i;
const PERSON_OR_COUNCIL = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?\s+[A-Z]|\b(?:council|borough|corporation)\b/i;

/** Where the letter lies among the document's lines, and which kind it is. */
export interface LetterBounds {
  kind: AssessmentKind;
  /** The first line of the letter's header and the line after its signatory. */
  start: number;
  end: number;
}

/** The sign-off, signatory or closing words with which a letter ends. */
export function isLetterEnding(line: string): boolean {
  return SIGN_OFF.test(line) || SIGNATORY.test(line) || CLOSING_WORDS.test(line);
}

function notALetter(message: string): ParseFailure {
  return { code: 'NOT_A_LETTER', message };
}

/** The title by the salutation at `salutation`, if the letter has one there. */
function titleNear(lines: readonly string[], salutation: number): number | null {
  const last = Math.min(lines.length - 1, salutation + TITLE_LINES_BELOW);
  for (let index = salutation + 1; index <= last; index += 1) if (isLetterTitle(lines[index])) return index;
  for (let index = salutation - 1; index >= Math.max(0, salutation - TITLE_LINES_ABOVE); index -= 1) {
    if (isLetterTitle(lines[index])) return index;
  }
  return null;
}

function hasHeader(lines: readonly string[], start: number, salutation: number): boolean {
  for (let index = start; index < salutation; index += 1) {
    const line = lines[index];
    if (line.length <= 120 && (isDateLine(line) || PERSON_OR_COUNCIL.test(line))) return true;
  }
  return false;
}

/** The line after the letter's last closing line: its closing words, sign-off and signatory. */
function letterEnd(lines: readonly string[], firstEnding: number): number {
  let last = firstEnding;
  for (let index = firstEnding + 1; index < lines.length && index <= firstEnding + CLOSING_SPAN; index += 1) {
    if (isLetterEnding(lines[index])) last = index;
  }
  return Math.min(lines.length, last + SIGNATURE_LINES + 1);
}

/**
 * Finds the letter in a document's clean lines: the first salutation with a letter title by
 * it and a header above it. Refuses, with a code that says why, a document with no such
 * opening (NOT_A_LETTER) and a letter that stops before its closing words or sign-off, such
 * as its first page forwarded on its own (TRUNCATED).
 */
export function findLetter(lines: readonly string[]): LetterBounds | ParseFailure {
  let titleWithoutOpening = false;
  for (let salutation = 0; salutation < lines.length; salutation += 1) {
    if (!isSalutation(lines[salutation])) continue;
    const title = titleNear(lines, salutation);
    if (title === null) continue;
    const start = Math.max(0, salutation - MAX_HEADER_LINES);
    if (!hasHeader(lines, start, salutation)) {
      titleWithoutOpening = true;
      continue;
    }
    const kind = APA_TITLE.test(lines[title]) ? AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT : AssessmentKind.ANNUAL_RATING;
    const from = Math.max(title, salutation) + 1;
    for (let index = from; index < lines.length; index += 1) {
      if (isLetterEnding(lines[index])) return { kind, start, end: letterEnd(lines, index) };
    }
    const what = kind === AssessmentKind.ANNUAL_RATING ? "children's services rating letter" : 'annual performance assessment letter';
    return {
      code: 'TRUNCATED',
      message: `the ${what} stops before its closing words and sign-off: only part of it (its first page?) is here`,
    };
  }
  if (titleWithoutOpening) return notALetter('a salutation and letter title with no date or address above them: not a letter');
  if (lines.some((line) => MENTION.test(line))) {
    return notALetter("it mentions an APA or children's services rating letter but is not one: no salutation with the letter's title by it");
  }
  return notALetter("no APA or children's services annual rating title: not an Ofsted children's services letter");
}
