import type { Judgement, Setting } from '../../domain/enums';
import { PREDICATE_FOLLOWERS } from './judgement-phrases';
import type { StatementToken } from './tokenise-statement';

/**
 * Fixed-shape lookaheads of the statement grammar: short runs of tokens that are read
 * whole ("one in five", "adequate and good respectively", "there are no inadequate
 * nurseries"). Each returns where its run ends so the grammar can skip past it, and
 * never looks further than a bounded distance, which keeps the grammar linear.
 */

/** How far a parenthetical "(PRUs)" or ", for which the council is responsible," may run. */
const MAX_PARENTHETICAL = 20;
/** How many judgements a "respectively" list may pair: more than this is not a list of settings. */
const MAX_RESPECTIVE = 8;

const FOLLOWERS = new Set(PREDICATE_FOLLOWERS);

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'where', 'whose', 'that']);

function wordText(token: StatementToken | undefined): string | null {
  return token?.kind === 'word' ? token.text : null;
}

/** ", for which the local authority is responsible," and ", which ...," are skipped whole: the index of the closing comma. */
export function relativeClauseEnd(tokens: readonly StatementToken[], comma: number): number | null {
  const first = wordText(tokens[comma + 1]);
  const second = wordText(tokens[comma + 2]);
  const opensClause = (first !== null && RELATIVE_PRONOUNS.has(first)) || (second !== null && RELATIVE_PRONOUNS.has(second) && ['for', 'in', 'of', 'by'].includes(first ?? ''));
  if (!opensClause) return null;
  for (let index = comma + 1; index < tokens.length && index <= comma + MAX_PARENTHETICAL; index += 1) {
    const kind = tokens[index].kind;
    if (kind === 'comma') return index;
    if (kind === 'stop') return null;
  }
  return null;
}

/** Tokens an apposition may hold: a description, never a verb, a judgement, a number or another setting. */
const APPOSITION_TOKENS = new Set(['word', 'determiner', 'filler', 'of', 'and', 'sole']);

/**
 * "The single children's home, a short-break unit for disabled children, is outstanding": a
 * phrase set off by commas that opens with a determiner and only describes the subject is
 * skipped whole: the index of its closing comma.
 */
export function appositionEnd(tokens: readonly StatementToken[], comma: number): number | null {
  const first = tokens[comma + 1];
  if (first?.kind !== 'determiner' && !(first?.kind === 'word' && (first.text === 'a' || first.text === 'an'))) return null;
  for (let index = comma + 2; index < tokens.length && index <= comma + MAX_PARENTHETICAL; index += 1) {
    const kind = tokens[index].kind;
    if (kind === 'comma') return index;
    if (!APPOSITION_TOKENS.has(kind)) return null;
  }
  return null;
}

/**
 * "New College, the town's sixth form college, is good": a phrase set off by commas that
 * opens with a determiner and names one kind of setting says what the subject is. Returns
 * the setting it names and the index of its closing comma.
 */
export function appositionNaming(tokens: readonly StatementToken[], comma: number): { settings: readonly Setting[]; end: number } | null {
  if (tokens[comma + 1]?.kind !== 'determiner') return null;
  for (let index = comma + 2; index < tokens.length && index <= comma + MAX_PARENTHETICAL; index += 1) {
    const token = tokens[index];
    if (token.kind === 'setting') {
      // Only "the town's sixth form college," then the verb: a list ("Childminders, the
      // nurseries, and ...") goes on with "and", and "the largest group of childcare providers"
      // describes the subject rather than names it.
      if (tokens[index + 1]?.kind !== 'comma' || tokens[index + 2]?.kind !== 'link') return null;
      return { settings: token.settings, end: index + 1 };
    }
    if (token.kind !== 'determiner' && !(token.kind === 'word' && index < comma + 4)) return null;
  }
  return null;
}

/** The index of the ")" that closes the "(" at `open`, when it closes soon enough. */
export function parenthesisEnd(tokens: readonly StatementToken[], open: number): number | null {
  for (let index = open + 1; index < tokens.length && index <= open + MAX_PARENTHETICAL; index += 1) {
    if (tokens[index].kind === 'close') return index;
    if (tokens[index].kind === 'stop') return null;
  }
  return null;
}

/**
 * "one in five", "1 in every 4", "three out of every four": a ratio, which states a
 * fraction rather than a count (DESIGN: count and total only where a number of settings is
 * stated; "four out of five homes" is a count). The proportion is rounded to two places, as
 * fraction words are.
 */
export function ratioAt(tokens: readonly StatementToken[], index: number): { proportion: number; end: number } | null {
  const first = tokens[index];
  if (first?.kind !== 'number') return null;
  let at = index + 1;
  const after = tokens[at];
  if (wordText(after) === 'in') {
    at += 1;
    if (tokens[at]?.kind === 'all') at += 1;
  } else if (after?.kind === 'of') {
    const every = tokens[at + 1];
    if (every?.kind !== 'all' || !every.every) return null;
    at += 2;
  } else {
    return null;
  }
  const second = tokens[at];
  if (second?.kind !== 'number' || second.value <= 0 || first.value > second.value) return null;
  return { proportion: Math.round((first.value / second.value) * 100) / 100, end: at };
}

/**
 * "to be adequate and good respectively": a list of judgements, joined by commas and
 * "and", that ends in "respectively". Returns the judgements in order and the index of
 * "respectively", or null when the judgement at `index` does not open such a list.
 */
export function respectiveJudgements(tokens: readonly StatementToken[], index: number): { judgements: Judgement[]; end: number } | null {
  const judgements: Judgement[] = [];
  let at = index;
  while (at < tokens.length && judgements.length < MAX_RESPECTIVE) {
    const token = tokens[at];
    if (token.kind !== 'judgement') return null;
    judgements.push(token.judgement);
    at += 1;
    while (tokens[at]?.kind === 'filler') at += 1;
    if (wordText(tokens[at]) === 'respectively') return judgements.length > 1 ? { judgements, end: at } : null;
    if (tokens[at]?.kind === 'comma') at += 1;
    if (tokens[at]?.kind === 'and') at += 1;
  }
  return null;
}

/**
 * "There are no inadequate nurseries": the existential form, where the judgement stands
 * in front of its noun and "no" makes the count zero. `judgementIndex` is the judgement;
 * returns the settings named after it ("no inadequate nurseries or childminders") and the
 * index of the last of them.
 */
export function existentialNone(tokens: readonly StatementToken[], judgementIndex: number): { members: Array<readonly Setting[]>; end: number } | null {
  if (
    tokens[judgementIndex - 1]?.kind !== 'none' ||
    tokens[judgementIndex - 2]?.kind !== 'link' ||
    wordText(tokens[judgementIndex - 3]) !== 'there'
  ) {
    return null;
  }
  const members: Array<readonly Setting[]> = [];
  let at = judgementIndex + 1;
  for (;;) {
    const token = tokens[at];
    if (token?.kind !== 'setting') break;
    members.push(token.settings);
    if (tokens[at + 1]?.kind !== 'and' || tokens[at + 2]?.kind !== 'setting') break;
    at += 2;
  }
  return members.length > 0 ? { members, end: at } : null;
}

/** Tokens that may open the subject of a clause whose judgement was put first. */
const SUBJECT_OPENINGS = new Set<StatementToken['kind']>(['number', 'fraction', 'all', 'allBut', 'both', 'none', 'determiner', 'setting', 'approximation']);
/** Tokens after which a judgement may open its clause: "Outstanding were ...", "and rated outstanding were ...". */
const FRONTING_CONTEXTS = new Set<StatementToken['kind'] | 'start'>(['start', 'stop', 'comma', 'and', 'clauseBreak', 'link', 'filler']);
/** How many other words may sit between a fronted judgement and its verb ("outstanding in their most recent inspections were"). */
const MAX_WORDS_BEFORE_VERB = 6;

/**
 * "Outstanding were two of the nine pupil referral units", "Rated outstanding in their most
 * recent inspections were four of the 15 secondary schools", "Judged good: all 12 children's
 * homes": a judgement put before the settings it judges. The judgement at `index` must open
 * its clause and be followed by its verb (or a colon) and then a noun phrase. Returns the
 * index of the noun phrase's first token.
 */
export function frontedSubjectStart(tokens: readonly StatementToken[], index: number): number | null {
  const before = index === 0 ? 'start' : tokens[index - 1].kind;
  if (!FRONTING_CONTEXTS.has(before)) return null;
  let at = index + 1;
  let words = 0;
  while (at < tokens.length && words <= MAX_WORDS_BEFORE_VERB && ['word', 'determiner', 'filler'].includes(tokens[at].kind)) {
    at += 1;
    words += 1;
  }
  const verb = tokens[at];
  if (verb?.kind === 'stop' && verb.colon) at += 1;
  else if (verb?.kind === 'link') {
    while (tokens[at]?.kind === 'link') at += 1;
  } else {
    return null;
  }
  const opening = tokens[at];
  return opening && SUBJECT_OPENINGS.has(opening.kind) ? at : null;
}

/** True when the tokens after `index` go on to a verb or judgement of their own soon: the setting at `index` starts a new clause. */
export function startsOwnClause(tokens: readonly StatementToken[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at <= index + 4; at += 1) {
    const kind = tokens[at].kind;
    if (kind === 'link' || kind === 'judgement') return true;
    if (kind !== 'word' && kind !== 'filler') return false;
  }
  return false;
}

/** True when the parenthesis opened at `open` (closing at `close`) states a judgement of a setting: "(fostering service: outstanding)". */
export function parenthesisHoldsStatement(tokens: readonly StatementToken[], open: number, close: number): boolean {
  let setting = false;
  let judgement = false;
  for (let index = open + 1; index < close; index += 1) {
    if (tokens[index].kind === 'setting') setting = true;
    if (tokens[index].kind === 'judgement') judgement = true;
  }
  return setting && judgement;
}

/**
 * "with the exception of one," and "apart from two": the number left out of the count, and
 * where the phrase ends (its closing comma when it is set off by commas, else its number).
 */
export function exceptionAt(tokens: readonly StatementToken[], index: number): { left: number | null; end: number } {
  const number = tokens[index + 1];
  const left = number?.kind === 'number' ? number.value : null;
  // The settings left out ("apart from the pupil referral unit") are not judged: the run is skipped whole.
  let end = left === null ? index : index + 1;
  for (let at = end + 1; at < tokens.length && at <= index + MAX_PARENTHETICAL; at += 1) {
    const kind = tokens[at].kind;
    if (kind === 'comma') return { left, end: at };
    if (!['word', 'of', 'determiner', 'filler', 'setting', 'and'].includes(kind)) break;
    end = at;
  }
  return { left, end };
}

/** A judgement is predicative (the clause's verdict) unless a noun follows it ("a good start"). */
export function isPredicative(next: StatementToken | undefined): boolean {
  if (!next) return true;
  switch (next.kind) {
    case 'stop':
    case 'close':
    case 'open':
    case 'comma':
    case 'and':
    case 'clauseBreak':
    case 'filler':
    case 'as':
    case 'approximation':
    case 'exception':
      return true;
    case 'word':
      return FOLLOWERS.has(next.text) || next.text === 'respectively';
    default:
      return false;
  }
}

/** What a short parenthesis says about the noun phrase before it, when it says one of these things. */
export type ParenthesisReading =
  /** "fostering service (outstanding)": the judgement of the settings just named. */
  | { kind: 'judgement'; judgement: Judgement }
  /** "16 nurseries (two outstanding, eight good, six satisfactory)": how the counted settings were judged. */
  | { kind: 'breakdown'; items: Array<{ count: number; judgement: Judgement }> }
  /** "six specialist inclusive learning centres (the city's special schools)": what the words before it name. */
  | { kind: 'setting'; settings: readonly Setting[] }
  /** "childminders judged good or better (two in three)": the share the judgement just read covers. */
  | { kind: 'proportion'; proportion: number };

/** Tokens that may stand between the parts of a parenthesis without changing what it says. */
const PARENTHESIS_FILLERS = new Set(['filler', 'link', 'determiner']);

/** A parenthesis that is only a share: "two in three", "two thirds", "67%", "67 per cent". */
function proportionOf(inside: readonly StatementToken[]): number | null {
  if (inside.length === 1 && inside[0].kind === 'fraction') return inside[0].value;
  if (inside.length === 2 && inside[0].kind === 'number' && inside[1].kind === 'percent' && inside[0].value <= 100) return inside[0].value / 100;
  const ratio = ratioAt(inside, 0);
  return ratio !== null && ratio.end === inside.length - 1 ? ratio.proportion : null;
}

/** Reads the parenthesis from `open` to `close` as one of the {@link ParenthesisReading} shapes, or null. */
export function readParenthesis(tokens: readonly StatementToken[], open: number, close: number): ParenthesisReading | null {
  const inside = tokens.slice(open + 1, close).filter((token) => !PARENTHESIS_FILLERS.has(token.kind));
  if (inside.length === 1 && inside[0].kind === 'judgement') return { kind: 'judgement', judgement: inside[0].judgement };
  if (inside.length === 1 && inside[0].kind === 'setting') return { kind: 'setting', settings: inside[0].settings };
  const proportion = proportionOf(inside);
  if (proportion !== null) return { kind: 'proportion', proportion };
  const items: Array<{ count: number; judgement: Judgement }> = [];
  for (let index = 0; index < inside.length; ) {
    const count = inside[index];
    const judgement = inside[index + 1];
    if (count?.kind === 'none' && judgement?.kind === 'judgement') items.push({ count: 0, judgement: judgement.judgement });
    else if (count?.kind === 'number' && judgement?.kind === 'judgement') items.push({ count: count.value, judgement: judgement.judgement });
    else return null;
    index += 2;
    const separator = inside[index];
    if (separator && separator.kind !== 'comma' && separator.kind !== 'and' && !(separator.kind === 'stop' && separator.semicolon)) return null;
    index += 1;
  }
  return items.length > 0 ? { kind: 'breakdown', items } : null;
}
