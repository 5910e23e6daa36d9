/** What a noun phrase says about how many settings: "two of the nine", "half", "both". */
export interface Quantity {
  count: number | null;
  total: number | null;
  proportion: number | null;
  /** "just over half", "nearly 20": the figure is not exact, so it is not recorded. */
  approximate: boolean;
  /** "all", "every": the count is the total. */
  all: boolean;
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
  return { count: null, total: null, proportion: null, approximate: false, all: false, both: false, partitive: false };
}

/** True when no number or quantity word has been read yet; only after one is "of" partitive ("two of the nine"). */
export function isEmptyQuantity(quantity: Quantity): boolean {
  return (
    quantity.count === null &&
    quantity.total === null &&
    quantity.proportion === null &&
    !quantity.approximate &&
    !quantity.all &&
    !quantity.both
  );
}

/**
 * Adds a number to a quantity: the first bare number is a count ("four secondary schools"),
 * one after "of", "all" or a determiner is the total ("two of the nine", "all three",
 * "the authority's 18 units").
 */
export function withNumber(quantity: Quantity, value: number, afterDeterminer: boolean): Quantity {
  const started = !isEmptyQuantity(quantity);
  if (!started) return afterDeterminer ? { ...quantity, total: value } : { ...quantity, count: value };
  if (quantity.approximate && quantity.count === null && quantity.proportion === null && !quantity.partitive) {
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
  if (quantity.approximate) {
    count = null;
    proportion = null;
  }
  return { count, total, proportion };
}
