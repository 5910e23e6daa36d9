import { Area } from '../../domain/enums';
import { headingKey } from '../text/heading-key';

/**
 * The section grammar of both kinds of letter: which short lines open which section.
 * Each rule is tested against a line's {@link headingKey}.
 */

/** Headings (and table labels) of the APA outcome areas, in the order the letters use. */
export const AREA_HEADINGS: ReadonlyArray<{ area: Area; patterns: readonly RegExp[] }> = [
  { area: Area.BEING_HEALTHY, patterns: [/^being healthy$/] },
  { area: Area.STAYING_SAFE, patterns: [/^staying safe$/] },
  { area: Area.ENJOYING_AND_ACHIEVING, patterns: [/^enjoying and achieving$/] },
  { area: Area.MAKING_A_POSITIVE_CONTRIBUTION, patterns: [/^making a positive contribution$/] },
  { area: Area.ACHIEVING_ECONOMIC_WELLBEING, patterns: [/^achieving economic well ?being$/] },
  {
    area: Area.SERVICE_MANAGEMENT,
    patterns: [
      /^(?:the )?(?:council s |local authority s |authority s )?(?:overall )?management of (?:its |the council s |the )?(?:children s )?services\b/,
      /^service management$/,
      /^(?:the council s )?capacity to improve(?: including (?:the )?management of (?:children s )?services(?: for children and young people)?)?$/,
    ],
  },
];

const KEY_TABLE_HEADING = /^key strengths(?: and (?:key )?areas? for (?:improvement|development))?$/;
const ASPECTS_HEADING = /^(?:aspects|areas) for (?:focus|exploration|further exploration)\b/;
const SUMMARY_HEADING = /^summary$/;
const APA_TITLE = /annual performance assessment/;
const RATING_TITLE = /^(?:the )?(?:(?:19|20)\d\d )?children s services (?:annual )?rating(?: (?:for )?(?:19|20)\d\d)?$/;
const SIGN_OFF = /^yours (?:sincerely|faithfully)$/;
const SALUTATION = /^dear\b/i;

/** Headings are short, never end a sentence and are not table rows (which end in a grade). */
function headingShaped(line: string): boolean {
  return line.length <= 170 && !/[.;,\d]\s*$/.test(line) && !line.includes('\t');
}

/** The outcome area a heading line opens, if it is one. */
export function areaOfHeading(line: string): Area | null {
  if (!headingShaped(line)) return null;
  const key = headingKey(line);
  for (const { area, patterns } of AREA_HEADINGS) if (patterns.some((pattern) => pattern.test(key))) return area;
  return null;
}

/** "Key strengths and areas for improvement": the APA table. */
export function isKeyStrengthsHeading(line: string): boolean {
  return headingShaped(line) && KEY_TABLE_HEADING.test(headingKey(line)) && !line.includes('\t');
}

/** "Aspects for focus in a future joint area review or the next APA" and its variants. */
export function isAspectsForFocusHeading(line: string): boolean {
  return headingShaped(line) && ASPECTS_HEADING.test(headingKey(line));
}

/** A short "Summary" line: when an APA letter has one, its summary starts below it rather than at the grades table. */
export function isSummaryHeading(line: string): boolean {
  return line.length <= 20 && SUMMARY_HEADING.test(headingKey(line));
}

/** "Yours sincerely" or "Yours faithfully": the end of the letter's content, so no section reads past it. */
export function isSignOff(line: string): boolean {
  return line.length <= 40 && SIGN_OFF.test(headingKey(line));
}

/** "Dear ...": the line that ends the address block, so lines above it are never joined as wrapped prose. */
export function isSalutation(line: string): boolean {
  return SALUTATION.test(line) && line.length <= 80;
}

/** The title of either kind of letter. */
export function isLetterTitle(line: string): boolean {
  // Titles may end in a year ("Children's services rating 2009"), so only the sentence test applies.
  if (line.length > 200 || line.includes('\t') || /[.;,]\s*$/.test(line)) return false;
  const key = headingKey(line);
  return RATING_TITLE.test(key) || APA_TITLE.test(key);
}

/** Any line that stands alone in the section grammar: never joined to its neighbours. */
export function isSectionHeading(line: string): boolean {
  return (
    areaOfHeading(line) !== null ||
    isKeyStrengthsHeading(line) ||
    isAspectsForFocusHeading(line) ||
    isSummaryHeading(line) ||
    isSignOff(line) ||
    isSalutation(line) ||
    isLetterTitle(line)
  );
}
