import type { Setting } from '../../domain/enums';
import { CLAUSE_RULES } from './clause-rules';
import { unreadSettings } from './unread-statements';
import { startStatementState, type SettingStatement, type StatementState } from './statement-state';
import { tokeniseStatement, type StatementToken, type StatementTokenKind } from './tokenise-statement';

export type { SettingStatement } from './statement-state';

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
 *
 * The sentence is read token by token; each token is read by the first of its clause rules
 * (`clause-rules.ts`) whose shape matches, and the rules share one explicit state.
 */
export function readSettingStatements(sentence: string): SettingStatement[] {
  return readSentence(sentence).statements;
}

/** A sentence's statements, and the settings it names beside a judgement that no statement took. */
export interface SentenceRead {
  statements: SettingStatement[];
  /** Empty when the sentence was read whole; see `unread-statements.ts`. */
  unread: Setting[];
}

/** Reads a sentence's statements and says what of it was left unread. */
export function readSentence(sentence: string): SentenceRead {
  const state = startStatementState(tokeniseStatement(sentence));
  for (; state.index < state.tokens.length; state.index += 1) {
    const token = state.tokens[state.index];
    readToken(state, token.kind, token);
  }
  return { statements: state.statements, unread: unreadSettings(state.tokens, state.statements, state.judgementsRead) };
}

/** Reads one token with the first of its kind's rules that matches. */
function readToken<K extends StatementTokenKind>(state: StatementState, kind: K, token: Extract<StatementToken, { kind: K }>): void {
  for (const rule of CLAUSE_RULES[kind]) if (rule(state, token)) return;
}
