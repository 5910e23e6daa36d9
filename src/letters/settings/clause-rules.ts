import type { Setting } from '../../domain/enums';
import { emptyQuantity, isEmptyQuantity, withNumber, type Quantity } from './quantity';
import {
  closeClause,
  ellipticalSubject,
  emitJudgement,
  finishStatement,
  MAX_WORDS_AFTER_QUANTITY,
  MAX_WORDS_IN_SUBJECT,
  quantifiedSubject,
  type CountedMembers,
  type SubjectMember,
  recordJudgement,
  resetQuantity,
  type StatementState,
} from './statement-state';
import {
  appositionEnd,
  appositionNaming,
  exceptionAt,
  existentialNone,
  frontedSubjectStart,
  isPredicative,
  parenthesisEnd,
  parenthesisHoldsStatement,
  readParenthesis,
  ratioAt,
  relativeClauseEnd,
  respectiveJudgements,
  startsOwnClause,
} from './statement-lookahead';
import type { StatementToken, StatementTokenKind } from './tokenise-statement';

/**
 * The clause rules of the statement grammar. Each rule reads one shape at one token: it
 * returns false when the shape does not match there (and then changes nothing), true when
 * it has read the token. {@link CLAUSE_RULES} lists, for each kind of token, the rules to
 * try in order; the first that matches reads the token. A new wording is a new rule in the
 * right list (and a case in test/letters/setting-statements.test.ts).
 */
export type ClauseRule<K extends StatementTokenKind> = (state: StatementState, token: TokenOf<K>) => boolean;

/** The token of one kind, or of a few kinds a rule reads alike. */
type TokenOf<K extends StatementTokenKind> = Extract<StatementToken, { kind: K }>;

/** The rules for every kind of token, most specific first. A kind with no rules is read as nothing. */
export type ClauseRuleTable = { readonly [K in StatementTokenKind]: ReadonlyArray<(state: StatementState, token: TokenOf<K>) => boolean> };

/** Prepositions that open a phrase of place before the clause's subject. */
const PHRASE_PREPOSITIONS = new Set(['in', 'within', 'across', 'among', 'amongst', 'for']);
/** Pronouns that open a relative clause inside a subject ("settings for which the council is responsible"). */
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'whom']);
/** Words that report what someone said or thought: what follows them is their judgement, not the letter's. */
const REPORTING_WORDS = new Set(['that', 'say', 'says', 'said', 'report', 'reports', 'reported', 'think', 'thinks', 'believe', 'believes', 'feel', 'feels', 'tell', 'told']);
/** How far a relative clause without commas may run before the main verb. */
const MAX_RELATIVE_CLAUSE = 14;

/** Tokens a quantity may start with ("81 of the 95", "three quarters of", "all", "both"). */
const QUANTITY_STARTS: ReadonlySet<StatementToken['kind']> = new Set(['number', 'fraction', 'all', 'both', 'approximation']);

/** How many describing words may stand between "as is" and its setting. */
const MAX_WORDS_BEFORE_AS_SETTING = 2;

/** True when the token before `index` starts a clause, so an "of" there opens a partitive frame. */
function opensClause(previous: StatementToken | undefined): boolean {
  return previous === undefined || previous.kind === 'stop' || previous.kind === 'clauseBreak';
}

/** The total a partitive frame states: "Of the 14 homes" and "Of 14 homes" both say 14. */
function frameTotal(quantity: Quantity): number | null {
  return quantity.total ?? (quantity.partitive || quantity.approximate ? null : quantity.count);
}

/** A clause may end in its judgement: the subject is read and linked, or named with no verb ("and its fostering service outstanding"). */
function awaitsJudgement(state: StatementState): boolean {
  return state.phase === 'linked' || (state.phase === 'subject' && state.wordsInSubject === 0);
}

// Noun phrases and quantities.

/**
 * "In early years, most nurseries are good", "In the secondary phase, ...": a setting in an
 * opening phrase ("in (the) X,") is where the clause is, not its subject.
 */
function introducesPhrase(tokens: readonly StatementToken[], index: number): boolean {
  if (tokens[index + 1]?.kind !== 'comma') return false;
  let at = index - 1;
  while (tokens[at]?.kind === 'determiner') at -= 1;
  const preposition = tokens[at];
  if (preposition?.kind !== 'word' || !PHRASE_PREPOSITIONS.has(preposition.text)) return false;
  const before = tokens[at - 1];
  return before === undefined || before.kind === 'stop' || before.kind === 'clauseBreak';
}

function sameSettings(a: readonly Setting[], b: readonly Setting[]): boolean {
  return a.length === b.length && a.every((setting, index) => setting === b[index]);
}

/** "pupil referral units", "nurseries and childminders": a setting noun joins the subject, or starts one. */
const settingNoun: ClauseRule<'setting'> = (state, token) => {
  if (introducesPhrase(state.tokens, state.index)) {
    // The phrase is not judged, but a clause that names no setting of its own counts its
    // settings: "In the secondary phase, eleven of the 15 schools are good".
    state.antecedent = { members: [{ settings: token.settings, total: null }], judgement: null };
    resetQuantity(state);
    return true;
  }
  const member = { settings: token.settings, quantity: state.quantity };
  if (state.phase === 'subject' && state.wordsInSubject <= MAX_WORDS_IN_SUBJECT) {
    // "special schools - the borough's two special schools are both good": the same settings
    // named again are one member, the fuller phrase.
    const same = state.subject.findIndex((earlier) => sameSettings(earlier.settings, token.settings) && isEmptyQuantity(earlier.quantity));
    if (same >= 0) state.subject.splice(same, 1);
    state.subject.push(member);
  } else state.subject = [member];
  state.lastSubject = state.subject;
  state.phase = 'subject';
  state.wordsInSubject = 0;
  state.negated = false;
  resetQuantity(state);
  return true;
};

/** "Outstanding were two of the nine pupil referral units": each setting named takes the judgement put first. */
const frontedSetting: ClauseRule<'setting'> = (state, token) => {
  if (state.fronted === null || startsOwnClause(state.tokens, state.index)) return false;
  const judgement = state.fronted;
  const members = recordJudgement(state, [{ settings: token.settings, quantity: state.quantity }], judgement);
  state.antecedent = { members, judgement };
  resetQuantity(state);
  return true;
};

/** "secondary schools with sixth forms": a setting after "with" describes the subject; it is not judged itself. */
const settingAfterWith: ClauseRule<'setting'> = (state) => {
  const previous = state.tokens[state.index - 1];
  if (state.phase !== 'subject' || previous?.kind !== 'word' || previous.text !== 'with') return false;
  // Only straight after a setting noun: "services for children with learning difficulties" names a setting of its own.
  if (state.tokens[state.index - 2]?.kind !== 'setting') return false;
  state.wordsInSubject += 1;
  return true;
};

/** "one in five", "1 in every 4", "three out of every four": a ratio states a proportion, not a count. */
const ratio: ClauseRule<'number'> = (state) => {
  const read = ratioAt(state.tokens, state.index);
  if (!read) return false;
  state.quantity = { ...state.quantity, proportion: read.proportion };
  state.index = read.end;
  state.wordsAfterQuantity = 0;
  return true;
};

/** "75% of nurseries", "60 per cent": a percentage is a proportion. */
const percentage: ClauseRule<'number'> = (state, token) => {
  if (state.tokens[state.index + 1]?.kind !== 'percent') return false;
  state.quantity = { ...state.quantity, proportion: Math.round(token.value) / 100 };
  state.index += 1;
  state.wordsAfterQuantity = 0;
  return true;
};

/** "four", "two of the nine", "the authority's 18": a count, or the total after "of" or a determiner. */
const countOrTotal: ClauseRule<'number'> = (state, token) => {
  state.quantity = withNumber(state.quantity, token.value, state.afterDeterminer);
  state.wordsAfterQuantity = 0;
  return true;
};

/** "its only pupil referral unit", "the single children's home": one of one, when a determiner and a setting stand either side. */
const sole: ClauseRule<'sole'> = (state) => {
  if (state.tokens[state.index - 1]?.kind === 'determiner' && state.tokens[state.index + 1]?.kind === 'setting') {
    state.quantity = { ...emptyQuantity(), count: 1, total: 1 };
    state.wordsAfterQuantity = 0;
  }
  return true;
};

/** "half", "two thirds". */
const fraction: ClauseRule<'fraction'> = (state, token) => {
  state.quantity = { ...state.quantity, proportion: token.value };
  state.wordsAfterQuantity = 0;
  return true;
};

/** "nearly", "just over": the figure that follows is not recorded. */
const approximation: ClauseRule<'approximation'> = (state) => {
  state.quantity = { ...state.quantity, approximate: true };
  state.wordsAfterQuantity = 0;
  return true;
};

/** "are all good", "are both good": after the verb, the quantifier applies to the subject. */
const floatedQuantifier: ClauseRule<'all' | 'both'> = (state, token) => {
  if (state.phase !== 'linked') return false;
  state.floated = token.kind;
  return true;
};

/** "all three sixth form colleges", "both pupil referral units". */
const leadingQuantifier: ClauseRule<'all' | 'both'> = (state, token) => {
  state.quantity = token.kind === 'all' ? { ...state.quantity, all: true } : { ...state.quantity, both: true };
  state.wordsAfterQuantity = 0;
  return true;
};

/** "all but one of the 52": the count is the total less the number that follows; "all but a few" is not a figure. */
const allBut: ClauseRule<'allBut'> = (state) => {
  const next = state.tokens[state.index + 1];
  if (next?.kind === 'number') {
    state.quantity = { ...state.quantity, all: true, except: next.value };
    state.index += 1;
  } else {
    state.quantity = { ...state.quantity, approximate: true };
  }
  state.wordsAfterQuantity = 0;
  return true;
};

/** "With the exception of one, all 69 primary schools ...": the next statement leaves that many out of its total. */
const exception: ClauseRule<'exception'> = (state) => {
  const read = exceptionAt(state.tokens, state.index);
  if (read.left !== null) state.exception = read.left;
  state.index = read.end;
  return true;
};

/** "the remainder are adequate", "the other is good": the settings of the total the sentence has not counted yet. */
const remainder: ClauseRule<'remainder'> = (state) => {
  state.quantity = { ...state.quantity, remainder: true };
  state.wordsAfterQuantity = 0;
  return true;
};

/** "none of the three", "no special school": a count of zero (after the verb, "no" is read by other rules). */
const noneCount: ClauseRule<'none'> = (state) => {
  if (state.phase === 'linked') return false;
  state.quantity = { ...state.quantity, count: 0 };
  state.wordsAfterQuantity = 0;
  return true;
};

/** "two of the nine", "four out of five": after a quantity, "of" makes the next number the total. */
const partitiveOf: ClauseRule<'of'> = (state) => {
  if (isEmptyQuantity(state.quantity)) return false;
  state.quantity = { ...state.quantity, partitive: true };
  return true;
};

/** "Of the 14 children's homes, ...": an "of" that opens a clause frames the clauses after its comma. */
const partitiveFrameOpens: ClauseRule<'of'> = (state) => {
  if (state.phase !== 'none' || !opensClause(state.tokens[state.index - 1])) return false;
  state.partitiveFrame = true;
  return true;
};

/** "the", "its", "the council's": a number after it is a total. */
const determiner: ClauseRule<'determiner'> = (state) => {
  state.afterDeterminer = true;
  if (state.phase === 'subject') state.wordsInSubject += 1;
  return true;
};

// Links and judgements.

/** "are", "was judged to be": the subject is linked to the judgement that follows. */
const linkAfterSubject: ClauseRule<'link'> = (state) => {
  if (state.phase !== 'subject') return false;
  // "Ofsted evaluated three serious case reviews ..., and two were inadequate": a count read
  // after the subject's nouns, with no noun of its own, counts the subject (its total the
  // subject's number): a count in one clause and its total in the next.
  const recount = state.wordsInSubject > 0 ? quantifiedSubject(state, state.subject.map((member) => ({ settings: member.settings, total: frameTotal(member.quantity) }))) : null;
  if (recount) {
    state.subject = recount;
    resetQuantity(state);
  }
  state.phase = 'linked';
  return true;
};

/**
 * "Ofsted evaluated three serious case reviews completed by the local board during the
 * period, and two were inadequate": with nothing judged yet, a bare count counts the last
 * settings the sentence numbered, however long the phrase after them ran.
 */
function countedEarlierSubject(state: StatementState): SubjectMember[] | null {
  if (state.antecedent !== null || state.statements.length > 0) return null;
  const members = state.lastSubject.map((member) => ({ settings: member.settings, total: frameTotal(member.quantity) }));
  // "Primary schools compare well with those in similar areas and none is inadequate": "none"
  // needs no total to count the settings the sentence is about.
  const none = state.quantity.count === 0 && state.quantity.total === null;
  if (members.length === 0 || (!none && members.some((member) => member.total === null))) return null;
  return quantifiedSubject(state, members);
}

/** "four are good": a quantity then a verb, with no noun, counts the last statement's settings. */
const ellipticalLink: ClauseRule<'link'> = (state) => {
  if (state.phase !== 'none') return false;
  // "..., but childminders are weaker, with only 55% judged good or better": a "with" clause
  // counts the subject of the clause it hangs on, not the last settings judged.
  const withSubject = state.withClause ? quantifiedSubject(state, framedLastSubject(state)) : null;
  const elliptical = withSubject ?? ellipticalSubject(state) ?? countedEarlierSubject(state);
  if (elliptical) {
    state.subject = elliptical;
    state.phase = 'linked';
    resetQuantity(state);
  }
  return true;
};

/** "There are no inadequate nurseries (or childminders)": zero of each setting named after the judgement. */
const existentialZero: ClauseRule<'judgement'> = (state, token) => {
  if (state.phase !== 'none') return false;
  const existential = existentialNone(state.tokens, state.index);
  if (!existential) return false;
  const quantity = state.quantity;
  emitJudgement(
    state,
    existential.members.map((settings) => ({ settings, quantity })),
    token.judgement,
  );
  state.index = existential.end;
  return true;
};

/** "Outstanding were ...", "judged good: all 12 children's homes": the judgement waits for the settings after its verb. */
const frontedJudgement: ClauseRule<'judgement'> = (state, token) => {
  if (state.phase !== 'none' || state.negated || token.carriesVerb || !isEmptyQuantity(state.quantity)) return false;
  const subject = frontedSubjectStart(state.tokens, state.index);
  if (subject === null) return false;
  state.fronted = token.judgement;
  state.judgementsRead.add(state.index);
  state.index = subject - 1;
  return true;
};

/** "not as good", "a good start": a negated judgement, or one in front of a noun, states nothing. */
const negatedOrAttributive: ClauseRule<'judgement'> = (state) => {
  if (!state.negated && isPredicative(state.tokens[state.index + 1])) return false;
  if (state.phase === 'linked') closeClause(state);
  state.negated = false;
  return true;
};

/** "X and Y ... adequate and good respectively": each setting takes its own judgement, in order. */
const respectively: ClauseRule<'judgement'> = (state) => {
  if (!awaitsJudgement(state) || state.subject.length <= 1) return false;
  const respective = respectiveJudgements(state.tokens, state.index);
  if (!respective || respective.judgements.length !== state.subject.length) return false;
  const members = state.subject;
  for (let index = state.index; index <= respective.end; index += 1) state.judgementsRead.add(index);
  const remembered = members.flatMap((member, position) => recordJudgement(state, [member], respective.judgements[position]));
  finishStatement(state, { members: remembered, judgement: null });
  state.index = respective.end;
  return true;
};

/**
 * "the two pupil referral units are good", "the council's 18 children's homes are good": a
 * number after a determiner is how many there are, and a judgement straight after the verb
 * covers them all. "are mostly good" or a count of its own says otherwise, and is left so.
 */
function definiteWhole(state: StatementState, member: SubjectMember): SubjectMember {
  const { quantity } = member;
  const whole =
    quantity.total !== null &&
    quantity.count === null &&
    quantity.proportion === null &&
    !quantity.approximate &&
    !quantity.partitive &&
    !quantity.remainder &&
    quantity.except === null &&
    state.tokens[state.index - 1]?.kind === 'link' &&
    !countsLater(state.tokens, state.index);
  return whole ? { settings: member.settings, quantity: { ...quantity, all: true } } : member;
}

/** A number or share later in the sentence ("were good in 12 cases", "although one was satisfactory"): the judgement may not cover them all. */
function countsLater(tokens: readonly StatementToken[], judgement: number): boolean {
  return tokens.slice(judgement + 1).some((token) => ['number', 'fraction', 'percent', 'none', 'remainder', 'approximation'].includes(token.kind));
}

/** "The fostering service is outstanding": the subject takes the judgement. */
const predicate: ClauseRule<'judgement'> = (state, token) => {
  if (!awaitsJudgement(state)) return false;
  emitJudgement(
    state,
    state.subject.map((member) => definiteWhole(state, member)),
    token.judgement,
  );
  return true;
};

/** "..., two perform well": a judgement with its own verb after a bare quantity counts the last statement's settings. */
const ellipticalPerform: ClauseRule<'judgement'> = (state, token) => {
  if (state.phase !== 'none' || !token.carriesVerb) return false;
  const elliptical = ellipticalSubject(state);
  if (elliptical) emitJudgement(state, elliptical, token.judgement);
  return true;
};

/**
 * "three are outstanding, 14 good and two inadequate": in a list of counts, later items leave
 * out the verb; a count right before a judgement ("one of them outstanding") counts the
 * settings of the statement before.
 */
const gappedCount: ClauseRule<'judgement'> = (state, token) => {
  if (state.phase !== 'none' || state.antecedent?.judgement === null || state.antecedent === null) return false;
  let before = state.index - 1;
  while (state.tokens[before]?.kind === 'filler') before -= 1;
  const previous = state.tokens[before];
  // "one was judged good and the other adequate": "the other" is a count too, of what is left.
  const counts = previous?.kind === 'number' || previous?.kind === 'none' || previous?.kind === 'remainder';
  if (!counts || !isPredicative(state.tokens[state.index + 1])) return false;
  const elliptical = ellipticalSubject(state);
  if (!elliptical) return false;
  emitJudgement(state, elliptical, token.judgement);
  return true;
};

/** The last subject the sentence read, with the totals its phrase stated, as a frame to count. */
function framedLastSubject(state: StatementState): CountedMembers {
  return state.lastSubject.map((member) => ({ settings: member.settings, total: frameTotal(member.quantity) }));
}

/** "Secondary schools are weak, with none good or better": the count is of the sentence's subject. */
const withClauseCount: ClauseRule<'judgement'> = (state, token) => {
  if (state.phase !== 'none' || !state.withClause) return false;
  const counted = quantifiedSubject(state, framedLastSubject(state));
  if (counted) emitJudgement(state, counted, token.judgement);
  return true;
};

/** "as are childcare settings": the last judgement again, for more settings. */
const asAreSettings: ClauseRule<'as'> = (state) => {
  const judgement = state.antecedent?.judgement ?? null;
  if (state.phase !== 'none' || judgement === null) return false;
  let ahead = state.index + 1;
  let words = 0;
  let linked = false;
  // "as is the local authority's fostering service": a word or two may describe the setting.
  while (ahead < state.tokens.length) {
    const kind = state.tokens[ahead].kind;
    if (kind === 'word' && words < MAX_WORDS_BEFORE_AS_SETTING) words += 1;
    else if (!['link', 'determiner', 'filler'].includes(kind)) break;
    if (kind === 'link') linked = true;
    ahead += 1;
  }
  const next = state.tokens[ahead];
  // Only "as are ...", "and so is ...": without its verb ("and so the council's ...") it repeats nothing.
  if (!linked || state.tokens[state.index + 1].kind === 'word') return false;
  if (next?.kind === 'setting') {
    emitJudgement(state, [{ settings: next.settings, quantity: emptyQuantity() }], judgement);
    state.index = ahead;
    return true;
  }
  // "as are 81 of the 95 primary schools": the quantity is read as usual, then its setting takes the judgement.
  if (words > 0 || !(next && QUANTITY_STARTS.has(next.kind))) return false;
  state.fronted = judgement;
  state.index = ahead - 1;
  return true;
};

/** "not", "no longer": the next judgement is not stated. */
const negation: ClauseRule<'negation'> = (state) => {
  state.negated = true;
  return true;
};

// Punctuation and clause boundaries.

/** ", for which the local authority is responsible,": a relative clause inside the subject is skipped whole. */
const relativeClause: ClauseRule<'comma'> = (state) => {
  if (state.phase !== 'subject') return false;
  const naming = state.subject.length === 1 ? appositionNaming(state.tokens, state.index) : null;
  if (naming !== null) {
    // The phrase between the commas says what the subject is: its setting is the subject's.
    state.subject = [{ settings: naming.settings, quantity: state.subject[0].quantity }];
    state.lastSubject = state.subject;
    state.index = naming.end;
    state.afterDeterminer = false;
    return true;
  }
  const end = relativeClauseEnd(state.tokens, state.index) ?? appositionEnd(state.tokens, state.index);
  if (end === null) return false;
  state.index = end;
  state.afterDeterminer = false;
  return true;
};

/** "Of the 14 children's homes, 10 are good": the frame is what the clauses after the comma count. */
const partitiveFrameCloses: ClauseRule<'comma'> = (state) => {
  if (state.phase !== 'subject' || !state.partitiveFrame) return false;
  const members = state.subject.map((member) => ({ settings: member.settings, total: frameTotal(member.quantity) }));
  state.antecedent = { members, judgement: null };
  closeClause(state);
  resetQuantity(state);
  state.afterDeterminer = false;
  return true;
};

/** A comma between clauses: a partitive frame that named no settings, and any quantity, are dropped. */
const commaBetweenClauses: ClauseRule<'comma'> = (state) => {
  if (state.phase === 'none') {
    state.partitiveFrame = false;
    resetQuantity(state);
  }
  state.afterDeterminer = false;
  return true;
};

/**
 * A parenthesis that says something of the noun phrase before it: its judgement ("fostering
 * service (outstanding)"), how its counted settings were judged ("16 nurseries (two
 * outstanding, eight good)": each count out of the 16), or which setting the words before it
 * name ("six learning centres (the city's special schools)"). True when it was read so.
 */
function readsParenthesis(state: StatementState, close: number): boolean {
  const reading = readParenthesis(state.tokens, state.index, close);
  if (reading === null) return false;
  const markRead = (): void => {
    for (let index = state.index; index <= close; index += 1) state.judgementsRead.add(index);
  };
  if (reading.kind === 'setting') {
    // After a setting noun the parenthesis only glosses it ("pupil referral unit (PRU)").
    if (state.phase !== 'none') return false;
    state.subject = [{ settings: reading.settings, quantity: state.quantity }];
    state.lastSubject = state.subject;
    state.phase = 'subject';
    state.wordsInSubject = 0;
    resetQuantity(state);
    state.index = close;
    return true;
  }
  if (reading.kind === 'proportion') return judgedShare(state, reading.proportion, close);
  if (state.phase !== 'subject' || state.subject.length === 0) return false;
  if (reading.kind === 'judgement') {
    emitJudgement(state, state.subject, reading.judgement);
    markRead();
    state.index = close;
    return true;
  }
  const counted = state.subject.map((member) => ({ settings: member.settings, total: member.quantity.total ?? member.quantity.count }));
  if (counted.some((member) => member.total === null)) return false;
  const statements = reading.items.flatMap((item) =>
    counted.map((member) => ({ settings: member.settings, quantity: { ...emptyQuantity(), count: item.count, total: member.total } })),
  );
  for (const [position, member] of statements.entries()) recordJudgement(state, [member], reading.items[Math.floor(position / counted.length)].judgement);
  finishStatement(state, { members: counted, judgement: null });
  markRead();
  state.index = close;
  return true;
}

/**
 * "the proportion of childminders judged good or better (two in three)": a share in brackets
 * straight after a judgement is the share of the settings it judged, when the statement has
 * no number of its own.
 */
function judgedShare(state: StatementState, proportion: number, close: number): boolean {
  const judged = state.tokens[state.index - 1];
  if (judged?.kind !== 'judgement' || !state.judgementsRead.has(state.index - 1)) return false;
  // Only the settings that judgement judged: "nurseries are good and childminders are good (two in three)".
  const judgedSettings = new Set((state.antecedent?.members ?? []).flatMap((member) => member.settings));
  let changed = false;
  for (let at = state.statements.length - 1; at >= 0; at -= 1) {
    const statement = state.statements[at];
    if (statement.judgement !== judged.judgement || !judgedSettings.has(statement.setting)) break;
    if (statement.count !== null || statement.proportion !== null) continue;
    state.statements[at] = { ...statement, proportion };
    changed = true;
  }
  if (changed) state.index = close;
  return changed;
}

/**
 * "(PRU)": a short parenthesis is skipped whole, unless it judges settings ("(fostering
 * service: outstanding; adoption agency: good)"), which are read as clauses of their own. One
 * that does not close soon ends the clause.
 */
const parenthesis: ClauseRule<'open'> = (state) => {
  const end = parenthesisEnd(state.tokens, state.index);
  if (end !== null && readsParenthesis(state, end)) return true;
  if (end !== null && !parenthesisHoldsStatement(state.tokens, state.index, end)) state.index = end;
  else {
    closeClause(state);
    resetQuantity(state);
  }
  return true;
};

/** "the fostering service: outstanding": a colon between a setting and its judgement links them. */
const colonAsLink: ClauseRule<'stop'> = (state, token) => {
  if (!token.colon || state.phase !== 'subject' || state.wordsInSubject !== 0) return false;
  if (state.tokens[state.index + 1]?.kind !== 'judgement') return false;
  state.phase = 'linked';
  return true;
};

/** "..., but only six of the 23 secondary schools are.": a clause ending in its verb takes the last judgement again. */
const verbEndsClause: ClauseRule<'stop'> = (state) => {
  const judgement = state.antecedent?.judgement ?? null;
  if (state.phase !== 'linked' || judgement === null || state.tokens[state.index - 1]?.kind !== 'link') return false;
  emitJudgement(state, state.subject, judgement);
  state.withClause = false;
  state.exception = null;
  return true;
};

/**
 * "Secondary schools are a weakness: only a third are good or better": a colon or semicolon
 * after a clause that named settings but judged them otherwise makes those settings what the
 * next clauses count, as a partitive frame does.
 */
const unjudgedSubjectFrames: ClauseRule<'stop'> = (state, token) => {
  // "the borough's childminders lag behind: half are only satisfactory": a subject whose verb was no link.
  const frame = state.unjudgedSubject.length > 0 ? state.unjudgedSubject : state.phase === 'subject' ? state.subject : [];
  state.unjudgedSubject = [];
  if (frame.length === 0 || !(token.colon || token.semicolon)) return false;
  state.antecedent = { members: frame.map((member) => ({ settings: member.settings, total: frameTotal(member.quantity) })), judgement: null };
  state.withClause = false;
  state.exception = null;
  closeClause(state);
  resetQuantity(state);
  return true;
};

/** A full stop, semicolon or colon: nothing carries over but the antecedent. */
const stop: ClauseRule<'stop'> = (state) => {
  state.withClause = false;
  state.exception = null;
  closeClause(state);
  resetQuantity(state);
  return true;
};

/** ")", "although", "but": the clause ends. */
const clauseBoundary: ClauseRule<'close' | 'clauseBreak'> = (state) => {
  closeClause(state);
  resetQuantity(state);
  return true;
};

/**
 * "the inspected services and settings for which the council is responsible is good": a
 * relative clause with its own verb and complement, then the main verb. Returns the index of
 * the main verb, or null when the clause does not have that shape (a judgement inside it, or
 * no second verb soon).
 */
function relativeClauseVerbEnd(tokens: readonly StatementToken[], pronoun: number): number | null {
  let ownVerb = false;
  let complement = false;
  for (let index = pronoun + 1; index < tokens.length && index <= pronoun + MAX_RELATIVE_CLAUSE; index += 1) {
    const kind = tokens[index].kind;
    if (kind === 'link') {
      if (ownVerb && complement) return index;
      ownVerb = true;
    } else if (kind === 'word') {
      // Reported speech ("who attend the training report that the courses are good") judges
      // something else: its verb is not the subject's.
      if (REPORTING_WORDS.has((tokens[index] as { text: string }).text)) return null;
      // "which serves most of the borough's young people ... is good": a word straight after
      // the pronoun is the relative clause's own verb when it is not a form of "be".
      if (index === pronoun + 1) ownVerb = true;
      else if (ownVerb) complement = true;
    } else if (!['determiner', 'filler', 'of', 'number'].includes(kind)) return null;
  }
  return null;
}

/**
 * Any other word: it lengthens the subject (which ends when too long), ends a linked clause
 * whose judgement did not follow, and drifts the quantity away from its noun. "with" opens
 * an absolute clause ("..., with none good or better").
 */
const relativeWithoutCommas: ClauseRule<'word'> = (state, token) => {
  if (state.phase !== 'subject' || !RELATIVE_PRONOUNS.has(token.text)) return false;
  const mainVerb = relativeClauseVerbEnd(state.tokens, state.index);
  if (mainVerb === null) return false;
  state.index = mainVerb - 1;
  return true;
};

const otherWord: ClauseRule<'word'> = (state, token) => {
  if (token.text === 'with' && state.phase !== 'subject') state.withClause = true;
  if (state.phase === 'subject') {
    state.wordsInSubject += 1;
    if (state.wordsInSubject > MAX_WORDS_IN_SUBJECT) closeClause(state);
  } else if (state.phase === 'linked') {
    state.unjudgedSubject = state.subject;
    closeClause(state);
  }
  if (!isEmptyQuantity(state.quantity)) {
    state.wordsAfterQuantity += 1;
    if (state.wordsAfterQuantity > MAX_WORDS_AFTER_QUANTITY) resetQuantity(state);
  }
  state.afterDeterminer = false;
  return true;
};

/** The grammar: for each kind of token, the clause rules to try, in order. */
export const CLAUSE_RULES: ClauseRuleTable = {
  setting: [frontedSetting, settingAfterWith, settingNoun],
  number: [ratio, percentage, countOrTotal],
  fraction: [fraction],
  sole: [sole],
  approximation: [approximation],
  all: [floatedQuantifier, leadingQuantifier],
  both: [floatedQuantifier, leadingQuantifier],
  allBut: [allBut],
  exception: [exception],
  remainder: [remainder],
  none: [noneCount],
  of: [partitiveOf, partitiveFrameOpens],
  determiner: [determiner],
  link: [linkAfterSubject, ellipticalLink],
  judgement: [existentialZero, frontedJudgement, negatedOrAttributive, respectively, predicate, ellipticalPerform, gappedCount, withClauseCount],
  as: [asAreSettings],
  negation: [negation],
  comma: [relativeClause, partitiveFrameCloses, commaBetweenClauses],
  open: [parenthesis],
  stop: [colonAsLink, verbEndsClause, unjudgedSubjectFrames, stop],
  close: [clauseBoundary],
  clauseBreak: [clauseBoundary],
  word: [relativeWithoutCommas, otherWord],
  and: [],
  filler: [],
  percent: [],
};
