import { AssessmentKind, WarningCode } from '../domain/enums';
import { distinctWarnings, parseWarning, type ParseWarning } from './parse-warnings';
import type { LetterContent, ParsedAuthority, ParseFailure, ParseResult } from './parsed-letter';
import { readApaLetter } from './apa/read-apa-letter';
import { isPlausibleAuthorityName, resolveAuthority } from '../reference/find-authority';
import { checkInput } from './limits';
import { findDate, isDateLine } from './grammar/dates';
import { readGradeSpelling } from './grammar/grade-spelling';
import { findLetter } from './grammar/letter-structure';
import { isSalutation } from './grammar/section-headings';
import { readAddressBlock, type AddressBlock } from './address/address-block';
import { findVerdictSentence } from './rating/rating-verdict';
import { readRatingLetter } from './rating/read-rating-letter';
import { cleanLetterText } from './text/clean-text';

/** Every 2009 rating letter was published on this day (DESIGN.md); used only when a copy lost its date line. */
const ANNUAL_RATING_DAY = '2009-12-09';

/** The reader of each kind of letter: its grades and body, or null when it states no rating. */
const READERS: Readonly<Record<AssessmentKind, (lines: readonly string[]) => LetterContent | null>> = {
  [AssessmentKind.ANNUAL_RATING]: readRatingLetter,
  [AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT]: readApaLetter,
};

function failure(code: ParseFailure['code'], message: string): ParseResult {
  return { ok: false, error: { code, message } };
}

/**
 * The letter's date: its date line above the salutation (the nearest, as what stands above
 * a letter, such as a forwarding email's "Sent:" line, is dated too), else the first full
 * date in the header.
 */
function findPublishedOn(lines: readonly string[]): string | null {
  const salutation = lines.findIndex(isSalutation);
  const header = salutation >= 0 ? lines.slice(0, salutation) : lines.slice(0, 40);
  const dateLine = header.findLast(isDateLine);
  if (dateLine) return findDate(dateLine);
  for (const line of header) {
    const date = findDate(line);
    if (date) return date;
  }
  return null;
}

/** Where a letter names its authority: the address block, else the verdict sentence or the APA title. */
function findAuthority(lines: readonly string[], address: AddressBlock): ParsedAuthority | null {
  if (address.authorityAsWritten) return resolveAuthority(address.authorityAsWritten);
  for (const line of lines) {
    const verdict = findVerdictSentence(line);
    if (verdict && isPlausibleAuthorityName(verdict.authority)) return resolveAuthority(verdict.authority);
    const title = /annual performance assessment of services for children and young people in (.{2,80})$/i.exec(line);
    if (title && isPlausibleAuthorityName(title[1])) return resolveAuthority(title[1]);
  }
  return null;
}

function missingRating(kind: AssessmentKind): ParseResult {
  const what = kind === AssessmentKind.ANNUAL_RATING ? "children's services rating" : "grade for children's services";
  return failure('NO_RATING', `the letter states no ${what} (a covering letter?)`);
}

/** One warning per misspelt grade word the letter was read with, each once, with the line it stands in. */
function spellingWarnings(lines: readonly string[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    for (const { written, read, kind } of readGradeSpelling(line).spellings) {
      if (seen.has(written)) continue;
      seen.add(written);
      warnings.push(parseWarning(WarningCode.MISSPELT_WORD, `misspelt ${kind} word "${written}" read as "${read}"`, line));
    }
  }
  return warnings;
}

function parseCleanLines(document: readonly string[]): ParseResult {
  const found = findLetter(document);
  if ('code' in found) return { ok: false, error: found };
  const { kind } = found;
  // Only the letter is read: page chrome, an email's headers or links around it are not.
  const lines = document.slice(found.start, found.end);
  const address = readAddressBlock(lines);
  const authority = findAuthority(lines, address);
  const content = READERS[kind](lines);
  if (!content) return missingRating(kind);
  if (!authority) return failure('NO_AUTHORITY', 'the letter names no local authority that could be found');
  if (authority.laCode === null) {
    return failure(
      'UNKNOWN_AUTHORITY',
      `the letter is addressed to "${authority.nameAsWritten}", which is not one of England's local authorities of 2005-2009: Ofsted's letters covered English councils only`,
    );
  }
  let publishedOn = findPublishedOn(lines);
  if (!publishedOn && kind === AssessmentKind.ANNUAL_RATING && (content.year ?? 2009) === 2009) publishedOn = ANNUAL_RATING_DAY;
  if (!publishedOn) return failure('NO_DATE', 'the letter has no date');

  const { year, warnings, ...body } = content;
  return {
    ok: true,
    letter: {
      kind,
      year: year ?? Number(publishedOn.slice(0, 4)),
      publishedOn,
      authority,
      recipient: address.recipient,
      ...body,
      warnings: distinctWarnings([...warnings, ...spellingWarnings(lines)]),
    },
  };
}

/**
 * Reads the text of an Ofsted children's services letter (an APA letter of 2005-2008 or a
 * 2009 annual rating letter) in any of the forms copies come in (PDF text, HTML, markdown,
 * plain text) and returns its data, or a failure with a machine-readable code.
 * Pure and synchronous; time linear in the length of the text, which is capped.
 */
export function parseLetter(text: string): ParseResult {
  const rejected = checkInput(text);
  if (rejected) return { ok: false, error: rejected };
  const lines = cleanLetterText(text);
  if (lines.length === 0) return failure('EMPTY', 'the text has no words once markup is removed');
  return parseCleanLines(lines);
}
