import type { Judgement, Setting } from '../../domain/enums';
import { emptyQuantity, resolveQuantity, type Quantity, type ResolvedQuantity } from './quantity';
import type { StatementToken } from './tokenise-statement';

/** One setting judgement read from a sentence, before its source and evidence are added. */
export interface SettingStatement extends ResolvedQuantity {
  setting: Setting;
  judgement: Judgement;
}

/** A noun phrase naming settings, with what it says about how many. */
export interface SubjectMember {
  settings: readonly Setting[];
  quantity: Quantity;
}

/** Settings a later clause may count, each with the total its phrase stated. */
export type CountedMembers = ReadonlyArray<{ settings: readonly Setting[]; total: number | null }>;

/**
 * The settings a later clause may refer back to: the last judgement's ("four are good",
 * "as are childcare settings"), or a partitive frame's ("Of the 14 children's homes, ...")
 * which has no judgement yet.
 */
export interface Antecedent {
  members: CountedMembers;
  judgement: Judgement | null;
}

/**
 * Everything the statement grammar knows part-way through a sentence. The clause rules
 * read and change it; nothing else does, so each rule's effect can be read in one place.
 */
export interface StatementState {
  readonly tokens: readonly StatementToken[];
  /** The token being read. A rule that reads a run of tokens whole moves it to the run's last token. */
  index: number;
  /** What the sentence has stated so far, in order. */
  readonly statements: SettingStatement[];
  /** The indexes of the judgement tokens a statement was read from, so a judgement left unread can be told. */
  readonly judgementsRead: Set<number>;
  /** Where the clause is: nothing read yet, a subject read, or a subject and its linking verb read. */
  phase: 'none' | 'subject' | 'linked';
  subject: SubjectMember[];
  /** Other words read since the subject's last setting noun. */
  wordsInSubject: number;
  /** The quantity being read, which the next setting noun takes. */
  quantity: Quantity;
  /** Other words read since the quantity's last word. */
  wordsAfterQuantity: number;
  /** The last word was a determiner ("the", "its", "council's"), so a number now is a total. */
  afterDeterminer: boolean;
  /** A negation was read since the subject, so the next judgement is not stated. */
  negated: boolean;
  antecedent: Antecedent | null;
  /** The clause opened with "of": its subject is a frame for the clauses after its comma. */
  partitiveFrame: boolean;
  /** "are all good", "are both good": a quantifier floated after the verb, applied to the subject. */
  floated: 'all' | 'both' | null;
  /** The last subject read in the sentence, for a "with" clause after its own clause has closed. */
  lastSubject: SubjectMember[];
  /** A "with" has been read since the last full stop: "..., with none good or better". */
  withClause: boolean;
  /** "Outstanding were ...": a judgement put first, which the settings named after it take. */
  fronted: Judgement | null;
  /** "with the exception of one": how many the next statement's count leaves out of its total. */
  exception: number | null;
  /**
   * The subject of a clause that ended in something other than a judgement ("Secondary
   * schools are a weakness"): after a colon or semicolon it is what the next clauses count
   * ("...: only a third are good or better and eight are inadequate").
   */
  unjudgedSubject: SubjectMember[];
}

/** How many other words may sit between coordinated settings, or a setting and its verb. */
export const MAX_WORDS_IN_SUBJECT = 6;
/** How many words may sit between a quantity and its noun ("half of the local authority's 18 units"). */
export const MAX_WORDS_AFTER_QUANTITY = 4;

/** The state at the start of a sentence. */
export function startStatementState(tokens: readonly StatementToken[]): StatementState {
  return {
    tokens,
    index: 0,
    statements: [],
    judgementsRead: new Set(),
    phase: 'none',
    subject: [],
    wordsInSubject: 0,
    quantity: emptyQuantity(),
    wordsAfterQuantity: 0,
    afterDeterminer: false,
    negated: false,
    antecedent: null,
    partitiveFrame: false,
    floated: null,
    lastSubject: [],
    withClause: false,
    fronted: null,
    exception: null,
    unjudgedSubject: [],
  };
}

/** Forgets the quantity being read: the next noun phrase starts afresh. */
export function resetQuantity(state: StatementState): void {
  state.quantity = emptyQuantity();
  state.wordsAfterQuantity = 0;
  state.afterDeterminer = false;
}

/** Ends the clause: its subject is no longer the subject of what follows. */
export function closeClause(state: StatementState): void {
  state.phase = 'none';
  state.subject = [];
  state.wordsInSubject = 0;
  state.negated = false;
  state.partitiveFrame = false;
  state.floated = null;
  state.fronted = null;
}

/** Adds the statements of one judgement of some settings; returns what a later clause may refer back to. */
export function recordJudgement(state: StatementState, members: readonly SubjectMember[], judgement: Judgement): CountedMembers {
  const remembered: Array<{ settings: readonly Setting[]; total: number | null }> = [];
  for (const member of members) {
    const counted =
      state.floated === 'all'
        ? { ...member.quantity, all: true }
        : state.floated === 'both'
          ? { ...member.quantity, both: true }
          : member.quantity;
    const resolved = countLeftOver(state, member.settings, counted, resolveQuantity(counted, member.settings.length, members.length));
    for (const setting of member.settings) state.statements.push({ setting, judgement, ...resolved });
    state.judgementsRead.add(state.index);
    remembered.push({ settings: member.settings, total: resolved.total });
  }
  return remembered;
}

/**
 * The count of "the remainder" (what the sentence has not yet counted of the same settings'
 * total) and of "all ... with the exception of one" (the total less the exceptions).
 */
function countLeftOver(state: StatementState, settings: readonly Setting[], quantity: Quantity, resolved: ResolvedQuantity): ResolvedQuantity {
  const { total } = resolved;
  if (state.exception !== null && total !== null && (resolved.count === total || quantity.all)) {
    return { ...resolved, count: total >= state.exception ? total - state.exception : null };
  }
  if (!quantity.remainder || quantity.count !== null || total === null || settings.length !== 1) return resolved;
  let counted = 0;
  for (const statement of state.statements) {
    if (statement.setting === settings[0] && statement.total === total && statement.count !== null) counted += statement.count;
  }
  return { ...resolved, count: total > counted ? total - counted : null };
}

/** Closes a clause that stated something; `next` is what later clauses may refer back to. */
export function finishStatement(state: StatementState, next: Antecedent): void {
  state.antecedent = next;
  state.unjudgedSubject = [];
  state.withClause = false;
  state.exception = null;
  closeClause(state);
  resetQuantity(state);
}

/** States one judgement of the members and closes the clause. */
export function emitJudgement(state: StatementState, members: readonly SubjectMember[], judgement: Judgement): void {
  finishStatement(state, { members: recordJudgement(state, members, judgement), judgement });
}

/** "four are good": the quantity just read applies to earlier settings, each keeping its total unless a new one is stated. */
export function quantifiedSubject(state: StatementState, base: CountedMembers | null): SubjectMember[] | null {
  const counted = state.quantity;
  const says = counted.count !== null || counted.proportion !== null || counted.remainder || counted.except !== null;
  if (!base || base.length === 0 || !says) return null;
  return base.map((member) => ({
    settings: member.settings,
    quantity: { ...counted, total: counted.total ?? member.total },
  }));
}

/** The subject of a clause that names no settings: the last statement's (or frame's) settings, counted. */
export function ellipticalSubject(state: StatementState): SubjectMember[] | null {
  return quantifiedSubject(state, state.antecedent?.members ?? null);
}
