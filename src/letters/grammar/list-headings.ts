import { headingKey } from '../text/heading-key';
import { editDistanceWithin } from './edit-distance';

/** The two lists an APA letter keeps for each area. */
export type ListColumn = 'strengths' | 'areasForImprovement';

/** Words that may stand before a list's name without changing which list it is. */
const RANK = '(?:(?:key|major|main|important|principal|particular|notable|significant|priority|the)\\s+)*';

const STRENGTHS = new RegExp(`^${RANK}strengths$`);
const TO_IMPROVE = '(?:(?:areas?|aspects?|priorities) for (?:further )?(?:improvement|development)|areas? to (?:improve|develop))';
/** "Areas for improvement", "Weaknesses", and the two together ("Important weaknesses and areas for improvement"). */
const IMPROVEMENT = new RegExp(`^${RANK}(?:weaknesses(?: and ${TO_IMPROVE})?|${TO_IMPROVE}(?: and weaknesses)?)$`);

/**
 * The list a heading or column header opens: "Key strengths", "Major strengths:",
 * "Areas for improvement", "Important areas for development". Its rank words vary from
 * letter to letter; what it lists does not.
 */
export function listColumnOfHeading(text: string): ListColumn | null {
  if (text.length > 80) return null;
  const key = headingKey(text);
  if (STRENGTHS.test(key)) return 'strengths';
  if (IMPROVEMENT.test(key)) return 'areasForImprovement';
  return misspeltListHeading(key);
}

/** The usual spellings, against which a heading with a typo ("Key strenghts") is measured. */
const SPELLINGS: ReadonlyArray<{ key: string; column: ListColumn }> = [
  { key: 'strengths', column: 'strengths' },
  { key: 'key strengths', column: 'strengths' },
  { key: 'major strengths', column: 'strengths' },
  { key: 'areas for improvement', column: 'areasForImprovement' },
  { key: 'areas for development', column: 'areasForImprovement' },
  { key: 'key areas for improvement', column: 'areasForImprovement' },
  { key: 'key areas for development', column: 'areasForImprovement' },
  { key: 'important areas for development', column: 'areasForImprovement' },
];

/** A list heading one typo away from a usual spelling; short words are left alone, where one edit makes another word. */
function misspeltListHeading(key: string): ListColumn | null {
  if (key.length < 9) return null;
  return SPELLINGS.find((spelling) => editDistanceWithin(key, spelling.key, 1))?.column ?? null;
}
