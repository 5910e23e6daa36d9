import type { Judgement, Setting } from '../../../domain/enums';
import { PREDICATE_FOLLOWERS } from './judgement-phrases';
import { emptyQuantity, isEmptyQuantity, resolveQuantity, withNumber, type Quantity, type ResolvedQuantity } from './quantity';
import type { StatementToken } from './statement-tokens';
import { tokeniseStatement } from './tokenise-statement';

/** One setting judgement read from a sentence, before its source and evidence are added. */
export interface SettingStatement extends ResolvedQuantity {
  setting: Setting;
  judgement: Judgement;
}

/** A noun phrase naming settings, with what it says about how many. */
interface SubjectMember {
  settings: readonly Setting[];
  quantity: Quantity;
}

/** The last judgement passed, so "four are good" and "as are childcare settings" can refer back to it. */
interface Antecedent {
  members: ReadonlyArray<{ settings: readonly Setting[]; total: number | null }>;
  judgement: Judgement;
}

/** How many other words may sit between coordinated settings, or a setting and its verb. */
const MAX_WORDS_IN_SUBJECT = 6;
/** How many words may sit between a quantity and its noun ("half of the local authority's 18 units"). */
const MAX_WORDS_AFTER_QUANTITY = 4;
/** How far a parenthetical "(PRUs)" or ", for which the council is responsible," may run. */
const MAX_PARENTHETICAL = 20;

const FOLLOWERS = new Set(PREDICATE_FOLLOWERS);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'where', 'whose', 'that']);

/** A judgement is predicative (the clause's verdict) unless a noun follows it ("a good start"). */
function isPredicative(next: StatementToken | undefined): boolean {
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
      return true;
    case 'word':
      return FOLLOWERS.has(next.text);
    default:
      return false;
  }
}

function wordText(token: StatementToken | undefined): string | null {
  return token?.kind === 'word' ? token.text : null;
}

/** ", for which the local authority is responsible," and ", which ...," are skipped whole. */
function relativeClauseEnd(tokens: readonly StatementToken[], comma: number): number | null {
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

function parenthesisEnd(tokens: readonly StatementToken[], open: number): number | null {
  for (let index = open + 1; index < tokens.length && index <= open + MAX_PARENTHETICAL; index += 1) {
    if (tokens[index].kind === 'close') return index;
    if (tokens[index].kind === 'stop') return null;
  }
  return null;
}

/**
 * The statement grammar: reads the setting judgements a sentence states.
 *
 * A statement is a subject (one or more setting nouns, each with an optional quantity:
 * "two of the nine pupil referral units", "half of special schools") then a link ("are",
 * "was judged to be", "have been conducted") then a judgement phrase in predicate position
 * ("good or better", "adequately or better"). Also read: the verbless form ("and its
 * fostering service outstanding"), the elliptical forms that refer back to the last
 * statement ("four are good", "none is inadequate", "as are childcare settings") and
 * "judged X, Y and Z to be good". A judgement in front of a noun ("good or better primary
 * schools", "a good contribution") is not a statement.
 */
export function readSettingStatements(sentence: string): SettingStatement[] {
  const tokens = tokeniseStatement(sentence);
  const statements: SettingStatement[] = [];
  let phase: 'none' | 'subject' | 'linked' = 'none';
  let subject: SubjectMember[] = [];
  let wordsInSubject = 0;
  let quantity = emptyQuantity();
  let wordsAfterQuantity = 0;
  let afterDeterminer = false;
  let negated = false;
  let antecedent: Antecedent | null = null;

  const resetQuantity = (): void => {
    quantity = emptyQuantity();
    wordsAfterQuantity = 0;
    afterDeterminer = false;
  };
  const closeClause = (): void => {
    phase = 'none';
    subject = [];
    wordsInSubject = 0;
    negated = false;
  };
  const emit = (members: readonly SubjectMember[], judgement: Judgement): void => {
    const remembered: Array<{ settings: readonly Setting[]; total: number | null }> = [];
    for (const member of members) {
      const resolved = resolveQuantity(member.quantity, member.settings.length, members.length);
      for (const setting of member.settings) statements.push({ setting, judgement, ...resolved });
      remembered.push({ settings: member.settings, total: resolved.total });
    }
    antecedent = { members: remembered, judgement };
    closeClause();
    resetQuantity();
  };
  /** "four are good": the quantity just read applies to the settings of the last statement. */
  const ellipticalSubject = (): SubjectMember[] | null => {
    if (!antecedent || (quantity.count === null && quantity.proportion === null)) return null;
    const counted = quantity;
    return antecedent.members.map((member) => ({
      settings: member.settings,
      quantity: { ...counted, total: counted.total ?? member.total },
    }));
  };

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    switch (token.kind) {
      case 'setting': {
        const member = { settings: token.settings, quantity };
        if (phase === 'subject' && wordsInSubject <= MAX_WORDS_IN_SUBJECT) subject.push(member);
        else subject = [member];
        phase = 'subject';
        wordsInSubject = 0;
        negated = false;
        resetQuantity();
        break;
      }
      case 'number': {
        if (tokens[index + 1]?.kind === 'percent') {
          quantity = { ...quantity, proportion: Math.round(token.value) / 100 };
          index += 1;
        } else {
          quantity = withNumber(quantity, token.value, afterDeterminer);
        }
        wordsAfterQuantity = 0;
        break;
      }
      case 'fraction':
        quantity = { ...quantity, proportion: token.value };
        wordsAfterQuantity = 0;
        break;
      case 'approximation':
        quantity = { ...quantity, approximate: true };
        wordsAfterQuantity = 0;
        break;
      case 'all':
      case 'both':
        if (phase !== 'linked') {
          quantity = token.kind === 'all' ? { ...quantity, all: true } : { ...quantity, both: true };
          wordsAfterQuantity = 0;
        }
        break;
      case 'none':
        if (phase !== 'linked') {
          quantity = { ...quantity, count: 0 };
          wordsAfterQuantity = 0;
        }
        break;
      case 'of':
        if (!isEmptyQuantity(quantity)) quantity = { ...quantity, partitive: true };
        break;
      case 'determiner':
        afterDeterminer = true;
        if (phase === 'subject') wordsInSubject += 1;
        break;
      case 'link':
        if (phase === 'subject') phase = 'linked';
        else if (phase === 'none') {
          const elliptical = ellipticalSubject();
          if (elliptical) {
            subject = elliptical;
            phase = 'linked';
            resetQuantity();
          }
        }
        break;
      case 'judgement': {
        const predicative = isPredicative(tokens[index + 1]);
        if (negated || !predicative) {
          if (phase === 'linked') closeClause();
          negated = false;
          break;
        }
        if (phase === 'linked' || (phase === 'subject' && wordsInSubject === 0)) {
          emit(subject, token.judgement);
        } else if (phase === 'none' && token.carriesVerb) {
          const elliptical = ellipticalSubject();
          if (elliptical) emit(elliptical, token.judgement);
        }
        break;
      }
      case 'as': {
        if (phase !== 'none' || !antecedent) break;
        // "as are childcare settings": the same judgement for more settings.
        let ahead = index + 1;
        while (ahead < tokens.length && ['link', 'determiner', 'filler'].includes(tokens[ahead].kind)) ahead += 1;
        const next = tokens[ahead];
        if (ahead > index + 1 && next?.kind === 'setting') {
          emit([{ settings: next.settings, quantity: emptyQuantity() }], (antecedent as Antecedent).judgement);
          index = ahead;
        }
        break;
      }
      case 'negation':
        negated = true;
        break;
      case 'comma': {
        const clauseEnd = phase === 'subject' ? relativeClauseEnd(tokens, index) : null;
        if (clauseEnd !== null) index = clauseEnd;
        else if (phase === 'none') resetQuantity();
        afterDeterminer = false;
        break;
      }
      case 'open': {
        const end = parenthesisEnd(tokens, index);
        if (end !== null) index = end;
        else {
          closeClause();
          resetQuantity();
        }
        break;
      }
      case 'close':
      case 'stop':
      case 'clauseBreak':
        closeClause();
        resetQuantity();
        break;
      case 'word':
        if (phase === 'subject') {
          wordsInSubject += 1;
          if (wordsInSubject > MAX_WORDS_IN_SUBJECT) closeClause();
        } else if (phase === 'linked') {
          closeClause();
        }
        if (!isEmptyQuantity(quantity)) {
          wordsAfterQuantity += 1;
          if (wordsAfterQuantity > MAX_WORDS_AFTER_QUANTITY) resetQuantity();
        }
        afterDeterminer = false;
        break;
      case 'and':
      case 'filler':
      case 'percent':
        break;
    }
  }
  return statements;
}
