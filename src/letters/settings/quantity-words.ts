/**
 * Quantity words: how letters count settings ("two of the nine", "both", "none") and
 * state fractions ("half", "two thirds"). Lower-case word sequences.
 */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function numberWords(): Array<[string, number]> {
  const words: Array<[string, number]> = UNITS.map((word, value): [string, number] => [word, value]);
  TENS.forEach((ten, tens) => {
    if (!ten) return;
    words.push([ten, tens * 10]);
    for (let unit = 1; unit <= 9; unit += 1) words.push([`${ten} ${UNITS[unit]}`, tens * 10 + unit]);
  });
  words.push(['a dozen', 12], ['a hundred', 100], ['one hundred', 100]);
  return words;
}

/** Numbers written as words, "one" to "ninety nine". */
export const NUMBER_WORDS: ReadonlyArray<[string, number]> = numberWords();

/** Fractions, rounded to two places as the output carries them. */
export const FRACTION_WORDS: ReadonlyArray<[string, number]> = [
  ['half', 0.5], ['a half', 0.5], ['one half', 0.5],
  ['a third', 0.33], ['one third', 0.33], ['two thirds', 0.67],
  ['a quarter', 0.25], ['one quarter', 0.25], ['three quarters', 0.75],
  ['a fifth', 0.2], ['one fifth', 0.2], ['two fifths', 0.4], ['three fifths', 0.6], ['four fifths', 0.8],
];

/** "per cent" after a number makes it a fraction. */
export const PERCENT_WORDS = ['%', 'per cent', 'percent'];

/** Words that make the number or fraction after them approximate, so it is not recorded. */
export const APPROXIMATIONS = [
  'just over', 'just under', 'over', 'under', 'nearly', 'almost', 'about', 'around', 'approximately', 'more than',
  'less than', 'fewer than', 'close to', 'roughly', 'well over', 'some', 'up to', 'at most', 'getting on for',
];

/** "all of the five" and "all three": the count is the total. */
export const ALL_WORDS = ['all', 'every'];
/** "both pupil referral units": two of two. */
export const BOTH_WORDS = ['both'];
/** "none is inadequate", "no pupil referral unit is inadequate". */
export const NONE_WORDS = ['none', 'no', 'neither'];
/** The partitive: "two of the nine", "four out of five". */
export const OF_WORDS = ['of', 'out of'];
/** Determiners after which a number is the total: "the local authority's 18 pupil referral units". */
export const DETERMINERS = ['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those'];
