import type { Judgement, Setting } from '../../domain/enums';
import { PREDICATE_FOLLOWERS } from './judgement-phrases';
import { emptyQuantity, isEmptyQuantity, resolveQuantity, withNumber, type Quantity, type ResolvedQuantity } from './quantity';
import type { StatementToken } from './statement-tokens';
import { existentialNone, parenthesisEnd, ratioAt, relativeClauseEnd, respectiveJudgements } from './statement-lookahead';
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

/**
 * The settings a later clause may refer back to: the last judgement's ("four are good",
 * "as are childcare settings"), or a partitive frame's ("Of the 14 children's homes, ...")
 * which has no judgement yet.
 */
interface Antecedent {
  members: ReadonlyArray<{ settings: readonly Setting[]; total: number | null }>;
  judgement: Judgement | null;
}

/** How many other words may sit between coordinated settings, or a setting and its verb. */
const MAX_WORDS_IN_SUBJECT = 6;
/** How many words may sit between a quantity and its noun ("half of the local authority's 18 units"). */
const MAX_WORDS_AFTER_QUANTITY = 4;

const FOLLOWERS = new Set(PREDICATE_FOLLOWERS);

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
      return FOLLOWERS.has(next.text) || next.text === 'respectively';
    default:
      return false;
  }
}

/** True when the token before `index` starts a clause, so an "of" there opens a partitive frame. */
function opensClause(previous: StatementToken | undefined): boolean {
  return previous === undefined || previous.kind === 'stop' || previous.kind === 'clauseBreak';
}

/** The total a partitive frame states: "Of the 14 homes" and "Of 14 homes" both say 14. */
function frameTotal(quantity: Quantity): number | null {
  return quantity.total ?? (quantity.partitive || quantity.approximate ? null : quantity.count);
}

/**
 * The statement grammar: reads the setting judgements a sentence states.
 *
 * A statement is a subject (one or more setting nouns, each with an optional quantity:
 * "two of the nine pupil referral units", "half of special schools") then a link ("are",
 * "was judged to be", "have been conducted") then a judgement phrase in predicate position
 * ("good or better", "adequately or better"). Also read: the verbless form ("and its
 * fostering service outstanding"), the elliptical forms that refer back to the last
 * statement ("four are good", "none is inadequate", "as are childcare settings"),
 * "judged X, Y and Z to be good", a partitive frame ("Of the 14 children's homes, 10 are
 * good"), judgements paired in order ("X and Y to be adequate and good respectively"), a
 * quantifier after the verb ("are all good"), the existential zero ("there are no
 * inadequate nurseries"), an absolute "with" clause ("are weak, with none good or
 * better") and ratios ("one in five", a fraction). A judgement in front of a noun ("good
 * or better primary schools", "a good contribution") is not a statement.
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
  /** The clause opened with "of": its subject is a frame for the clauses after its comma. */
  let partitiveFrame = false;
  /** "are all good", "are both good": a quantifier floated after the verb, applied to the subject. */
  let floated: 'all' | 'both' | null = null;
  /** The last subject read in the sentence, for a "with" clause after its own clause has closed. */
  let lastSubject: SubjectMember[] = [];
  /** A "with" has been read since the last full stop: "..., with none good or better". */
  let withClause = false;

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
    partitiveFrame = false;
    floated = null;
  };
  /** Adds the statements of one judgement of some settings; returns what a later clause may refer back to. */
  const record = (members: readonly SubjectMember[], judgement: Judgement): Antecedent['members'] => {
    const remembered: Array<{ settings: readonly Setting[]; total: number | null }> = [];
    for (const member of members) {
      const counted = floated === 'all' ? { ...member.quantity, all: true } : floated === 'both' ? { ...member.quantity, both: true } : member.quantity;
      const resolved = resolveQuantity(counted, member.settings.length, members.length);
      for (const setting of member.settings) statements.push({ setting, judgement, ...resolved });
      remembered.push({ settings: member.settings, total: resolved.total });
    }
    return remembered;
  };
  const finish = (next: Antecedent): void => {
    antecedent = next;
    withClause = false;
    closeClause();
    resetQuantity();
  };
  const emit = (members: readonly SubjectMember[], judgement: Judgement): void => {
    finish({ members: record(members, judgement), judgement });
  };
  /** "four are good": the quantity just read applies to earlier settings (the last statement's by default). */
  const quantifiedSubject = (base: Antecedent['members'] | null): SubjectMember[] | null => {
    if (!base || base.length === 0 || (quantity.count === null && quantity.proportion === null)) return null;
    const counted = quantity;
    return base.map((member) => ({
      settings: member.settings,
      quantity: { ...counted, total: counted.total ?? member.total },
    }));
  };
  const ellipticalSubject = (): SubjectMember[] | null => quantifiedSubject(antecedent?.members ?? null);

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    switch (token.kind) {
      case 'setting': {
        const member = { settings: token.settings, quantity };
        if (phase === 'subject' && wordsInSubject <= MAX_WORDS_IN_SUBJECT) subject.push(member);
        else subject = [member];
        lastSubject = subject;
        phase = 'subject';
        wordsInSubject = 0;
        negated = false;
        resetQuantity();
        break;
      }
      case 'number': {
        const ratio = ratioAt(tokens, index);
        if (ratio) {
          quantity = { ...quantity, proportion: ratio.proportion };
          index = ratio.end;
        } else if (tokens[index + 1]?.kind === 'percent') {
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
        if (phase === 'linked') floated = token.kind;
        else {
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
        else if (phase === 'none' && opensClause(tokens[index - 1])) partitiveFrame = true;
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
        const existential = phase === 'none' ? existentialNone(tokens, index) : null;
        if (existential) {
          emit(existential.members.map((settings) => ({ settings, quantity })), token.judgement);
          index = existential.end;
          break;
        }
        const predicative = isPredicative(tokens[index + 1]);
        if (negated || !predicative) {
          if (phase === 'linked') closeClause();
          negated = false;
          break;
        }
        if (phase === 'linked' || (phase === 'subject' && wordsInSubject === 0)) {
          const respective = subject.length > 1 ? respectiveJudgements(tokens, index) : null;
          if (respective && respective.judgements.length === subject.length) {
            // "X and Y ... adequate and good respectively": each setting takes its own judgement, in order.
            const members = subject;
            const remembered = members.flatMap((member, position) => record([member], respective.judgements[position]));
            finish({ members: remembered, judgement: null });
            index = respective.end;
          } else {
            emit(subject, token.judgement);
          }
        } else if (phase === 'none' && token.carriesVerb) {
          const elliptical = ellipticalSubject();
          if (elliptical) emit(elliptical, token.judgement);
        } else if (phase === 'none' && withClause) {
          // "Secondary schools are weak, with none good or better": the count is of the sentence's subject.
          const counted = quantifiedSubject(lastSubject.map((member) => ({ settings: member.settings, total: frameTotal(member.quantity) })));
          if (counted) emit(counted, token.judgement);
        }
        break;
      }
      case 'as': {
        const judgement = antecedent?.judgement ?? null;
        if (phase !== 'none' || judgement === null) break;
        // "as are childcare settings": the same judgement for more settings.
        let ahead = index + 1;
        while (ahead < tokens.length && ['link', 'determiner', 'filler'].includes(tokens[ahead].kind)) ahead += 1;
        const next = tokens[ahead];
        if (ahead > index + 1 && next?.kind === 'setting') {
          emit([{ settings: next.settings, quantity: emptyQuantity() }], judgement);
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
        else if (phase === 'subject' && partitiveFrame) {
          // "Of the 14 children's homes, 10 are good": the frame is what the clauses after the comma count.
          const members = subject.map((member) => ({ settings: member.settings, total: frameTotal(member.quantity) }));
          antecedent = { members, judgement: null };
          closeClause();
          resetQuantity();
        } else if (phase === 'none') {
          partitiveFrame = false;
          resetQuantity();
        }
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
      case 'stop':
        withClause = false;
        closeClause();
        resetQuantity();
        break;
      case 'close':
      case 'clauseBreak':
        closeClause();
        resetQuantity();
        break;
      case 'word':
        if (token.text === 'with' && phase !== 'subject') withClause = true;
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
