import type { ParsedRecipient } from '../parsed-letter';
import { findAuthorityByName, isPlausibleAuthorityName } from '../../reference/find-authority';
import { isSalutation } from '../grammar/section-headings';
import { isDateLine } from '../grammar/dates';

/** How many lines before the salutation the address block may start. */
const MAX_HEADER_LINES = 40;
/** How many lines of job title may sit between the recipient's name and the council. */
const MAX_ROLE_LINES = 3;

const PERSON = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor|Rev|Reverend|Lord|Lady)\.?\s+[A-Z][^\t]{1,60}$/;
const COUNCIL_WORDS = /\b(?:council|borough|corporation)\b/i;

/** The recipient and the council as the address block of a letter writes them. */
export interface AddressBlock {
  recipient: ParsedRecipient | null;
  authorityAsWritten: string | null;
}

function looksLikeCouncil(line: string): boolean {
  if (line.length > 90 || /^(?:PO Box|County Hall|Civic Centre|Town Hall)\b/i.test(line)) return false;
  return (COUNCIL_WORDS.test(line) && isPlausibleAuthorityName(line)) || findAuthorityByName(line) !== null;
}

function cleanLine(line: string): string {
  return line.replace(/\t/g, ' ').replace(/[,;]+$/, '').trim();
}

/**
 * Reads the address block: the lines above the salutation ("Dear Ms Turner"). The
 * recipient is the first line that starts with a title, the role is what follows it up to
 * the council's name.
 */
export function readAddressBlock(lines: readonly string[]): AddressBlock {
  const salutation = lines.findIndex((line, index) => index < MAX_HEADER_LINES * 2 && isSalutation(line));
  const end = salutation >= 0 ? salutation : Math.min(lines.length, MAX_HEADER_LINES);
  const start = Math.max(0, end - MAX_HEADER_LINES);
  const header = lines.slice(start, end).map(cleanLine);
  const personIndex = header.findIndex((line) => PERSON.test(line));
  if (personIndex < 0) {
    const council = header.find((line) => COUNCIL_WORDS.test(line) && looksLikeCouncil(line));
    return { recipient: null, authorityAsWritten: council ?? null };
  }
  const role: string[] = [];
  let authorityAsWritten: string | null = null;
  for (let index = personIndex + 1; index < header.length && index <= personIndex + MAX_ROLE_LINES + 1; index += 1) {
    const line = header[index];
    if (looksLikeCouncil(line)) {
      authorityAsWritten = line;
      break;
    }
    if (isDateLine(line)) break;
    role.push(line);
  }
  const roleText = authorityAsWritten !== null && role.length > 0 ? role.join(', ') : null;
  return {
    recipient: { name: header[personIndex], role: roleText },
    authorityAsWritten,
  };
}
