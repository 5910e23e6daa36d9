import { headingKey } from '../text/heading-key';

/** The two lists an APA letter keeps for each area. */
export type ListColumn = 'strengths' | 'areasForImprovement';

/** Words that may stand before a list's name without changing which list it is. */
const RANK = '(?:(?:key|major|main|important|principal|particular|notable|significant|priority|the)\\s+)*';

const STRENGTHS = new RegExp(`^${RANK}strengths$`);
const IMPROVEMENT = new RegExp(
  `^${RANK}(?:(?:areas?|aspects?|priorities) for (?:further )?(?:improvement|development)|areas? to (?:improve|develop)|weaknesses)$`,
);

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
  return null;
}
