import { Area } from '../../domain/enums';
import { headingKey } from '../text/heading-key';
import { editDistanceWithin } from './edit-distance';

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

/**
 * The words of each area as a heading spells them, for reading a heading with a typo
 * ("acheiving", "postive"): the regular expressions above say which wordings are allowed,
 * these only which one a misspelt heading was meant to be.
 */
const AREA_SPELLINGS: ReadonlyArray<{ area: Area; key: string }> = [
  { area: Area.BEING_HEALTHY, key: 'being healthy' },
  { area: Area.STAYING_SAFE, key: 'staying safe' },
  { area: Area.ENJOYING_AND_ACHIEVING, key: 'enjoying and achieving' },
  { area: Area.MAKING_A_POSITIVE_CONTRIBUTION, key: 'making a positive contribution' },
  { area: Area.ACHIEVING_ECONOMIC_WELLBEING, key: 'achieving economic well being' },
  { area: Area.ACHIEVING_ECONOMIC_WELLBEING, key: 'achieving economic wellbeing' },
  { area: Area.SERVICE_MANAGEMENT, key: 'service management' },
];

/** Below this length one edit can turn one real word into another, so no typo is assumed. */
const MIN_TYPO_KEY = 10;

/** The area a heading key names, exactly or one typo away. */
function areaOfKey(key: string): Area | null {
  for (const { area, patterns } of AREA_HEADINGS) if (patterns.some((pattern) => pattern.test(key))) return area;
  if (key.length < MIN_TYPO_KEY) return null;
  for (const { area, key: spelling } of AREA_SPELLINGS) if (editDistanceWithin(key, spelling, 1)) return area;
  return null;
}

/** The outcome area a heading line opens, if it is one. */
export function areaOfHeading(line: string): Area | null {
  if (!headingShaped(line)) return null;
  return areaOfKey(headingKey(line));
}

/** An area heading that carries its own grade: "BEING HEALTHY — Grade 2: adequate", "Being healthy: good (grade 3)". */
export interface GradedAreaHeading {
  area: Area;
  /** What follows the area's name: the grade and judgement words, or null for a bare heading. */
  gradeText: string | null;
}

/**
 * Where a heading's name ends and its grade begins: a dash, colon or bracket followed by
 * "grade" or a grade word. Only the grade part is cut, so a heading whose own words hold a
 * colon or dash is still read whole.
 */
const HEADING_GRADE_SUFFIX =
  /\s*(?:[\u2014\u2013:(-]|\s-\s|\s(?=grade\s*[1-4]\b))\s*(?=(?:\(?\s*grade\b|outstanding\b|excellent\b|very good\b|good\b|adequate\b|satisfactory\b|inadequate\b|unsatisfactory\b|poor\b))/i;
/** "Being healthy: outcomes are good": an area's name, a colon, and a short judgement after it. */
const HEADING_COLON = /^([^:\u2022]{5,80}?)\s*[:\u2014\u2013]\s+(.{1,120})$/;

/** The area a heading opens, and the grade words it carries, if any. */
export function gradedAreaHeading(line: string): GradedAreaHeading | null {
  if (line.length > 220 || line.includes('\t')) return null;
  const plain = areaOfHeading(line);
  if (plain !== null) return { area: plain, gradeText: null };
  const cut = HEADING_GRADE_SUFFIX.exec(line);
  if (cut && cut.index > 0) {
    const area = areaOfHeading(line.slice(0, cut.index));
    if (area !== null) return { area, gradeText: line.slice(cut.index + cut[0].length).trim() };
  }
  // A bulleted "• Being healthy: ..." is an item that names its area, never a heading.
  const colon = /^\s*\u2022/.test(line) ? null : HEADING_COLON.exec(line);
  const area = colon ? areaOfHeading(colon[1]) : null;
  return area === null || colon === null ? null : { area, gradeText: colon[2].trim() };
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
