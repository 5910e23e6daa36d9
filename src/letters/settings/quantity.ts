/**
 * Quantities: the words letters count settings with ("two of the nine", "both", "none") and
 * state fractions with ("half", "two thirds"), as lower-case word sequences, and what a noun
 * phrase's quantity finally says about how many settings a judgement covers.
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
  words.push(['a dozen', 12], ['a hundred', 100]);
  const belowHundred = words.filter(([, value]) => value >= 1 && value <= 99);
  for (let hundreds = 1; hundreds <= 9; hundreds += 1) {
    const names = hundreds === 1 ? ['one hundred', 'a hundred'] : [`${UNITS[hundreds]} hundred`];
    for (const name of names) {
      if (hundreds > 1) words.push([name, hundreds * 100]);
      for (const [rest, value] of belowHundred) {
        words.push([`${name} and ${rest}`, hundreds * 100 + value], [`${name} ${rest}`, hundreds * 100 + value]);
      }
    }
  }
  words.push(['one hundred', 100]);
  return words;
}

/** Numbers written as words, "one" to "nine hundred and ninety nine". */
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

/** "all but one of the 52": the count is the total less the number after it. */
export const ALL_BUT_WORDS = ['all but'];
/** "with the exception of one, all 69 ...": the number after it is left out of the count. */
export const EXCEPTION_WORDS = ['with the exception of', 'apart from', 'excepting'];
/** "the remainder are adequate", "the other is good": the settings of the total not yet counted. */
export const REMAINDER_WORDS = ['the remainder', 'the rest', 'the remaining', 'the other', 'the others', 'all the others', 'all the rest'];
/** "its only pupil referral unit", "the single children's home": one of one (elsewhere "only" changes nothing). */
export const SOLE_WORDS = ['only', 'single', 'sole'];
/** "all of the five", "all three" and "each of the three": the count is the total. */
export const ALL_WORDS = ['all', 'every', 'each of'];
/** "both pupil referral units": two of two. */
export const BOTH_WORDS = ['both'];
/** "none is inadequate", "no pupil referral unit is inadequate". */
export const NONE_WORDS = ['none', 'no', 'neither'];
/** The partitive: "two of the nine", "four out of five". */
export const OF_WORDS = ['of', 'out of'];
/** Determiners after which a number is the total: "the local authority's 18 pupil referral units". */
export const DETERMINERS = ['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those'];

/** What a noun phrase says about how many settings: "two of the nine", "half", "both". */
export interface Quantity {
  count: number | null;
  total: number | null;
  proportion: number | null;
  /** "just over half", "nearly 20": the figure is not exact, so it is not recorded. */
  approximate: boolean;
  /** "all", "every": the count is the total. */
  all: boolean;
  /** "all but two": how many of the total are left out of the count. */
  except: number | null;
  /** "the remainder", "the other": the count is what the sentence has not yet counted of the total. */
  remainder: boolean;
  /** "both": two of two. */
  both: boolean;
  /** A partitive "of" has been read, so the next number is the total. */
  partitive: boolean;
}

/** The numbers a judgement carries once its noun phrase is read. */
export interface ResolvedQuantity {
  count: number | null;
  total: number | null;
  proportion: number | null;
}

/** A quantity nothing has been read into yet, where each noun phrase of a statement starts. */
export function emptyQuantity(): Quantity {
  return {
    count: null,
    total: null,
    proportion: null,
    approximate: false,
    all: false,
    except: null,
    remainder: false,
    both: false,
    partitive: false,
  };
}

/** True when no number or quantity word has been read yet; only after one is "of" partitive ("two of the nine"). */
export function isEmptyQuantity(quantity: Quantity): boolean {
  return (
    quantity.count === null &&
    quantity.total === null &&
    quantity.proportion === null &&
    !quantity.approximate &&
    !quantity.all &&
    !quantity.both &&
    quantity.except === null &&
    !quantity.remainder
  );
}

/**
 * Adds a number to a quantity: the first bare number is a count ("four secondary schools",
 * "the remaining two"), one after "of", "all" or a determiner is the total ("two of the
 * nine", "all three", "the authority's 18 units").
 */
export function withNumber(quantity: Quantity, value: number, afterDeterminer: boolean): Quantity {
  const started = !isEmptyQuantity(quantity);
  if (!started) return afterDeterminer ? { ...quantity, total: value } : { ...quantity, count: value };
  // "nearly 20", "the remaining one": the number after these words is still the count.
  if ((quantity.approximate || quantity.remainder) && quantity.count === null && quantity.proportion === null && !quantity.partitive) {
    return { ...quantity, count: value };
  }
  return { ...quantity, total: value };
}

/**
 * What a quantity finally says. A phrase that names several settings ("both the fostering
 * and adoption services") carries no numbers; approximate figures are dropped.
 */
export function resolveQuantity(quantity: Quantity, settingCount: number, membersInSubject: number): ResolvedQuantity {
  if (settingCount > 1) return { count: null, total: null, proportion: null };
  let { count, total, proportion } = quantity;
  if (quantity.both && membersInSubject === 1) {
    count = 2;
    total = 2;
  }
  if (quantity.all && total !== null) count = total;
  if (quantity.except !== null) count = total !== null && total >= quantity.except ? total - quantity.except : null;
  if (quantity.approximate) {
    count = null;
    proportion = null;
  }
  return { count, total, proportion };
}
