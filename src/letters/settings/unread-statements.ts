import type { Setting } from '../../domain/enums';
import type { SettingStatement } from './statement-state';
import { isPredicative } from './statement-lookahead';
import type { StatementToken } from './tokenise-statement';

/** How far back a "not" or "no better than" still cancels a judgement. */
const NEGATION_REACH = 4;

/** A judgement that could be a verdict: in predicate position and not negated ("a good start" and "not good" are not). */
function couldBeVerdict(tokens: readonly StatementToken[], index: number): boolean {
  if (!isPredicative(tokens[index + 1])) return false;
  for (let back = index - 1; back >= 0 && back >= index - NEGATION_REACH; back -= 1) {
    const kind = tokens[back].kind;
    if (kind === 'negation' || kind === 'none') return false;
    if (kind === 'stop') break;
  }
  return true;
}

/**
 * The settings a sentence names without a judgement being read for them, in a sentence with
 * a judgement in verdict position that no statement took: the mark of a statement in a form
 * the grammar does not know ("Judgements on its children's homes were: one good, one
 * adequate"). Such a sentence is reported rather than passed over, because a judgement
 * missed turns into a wrong count with nothing to show it. A judgement in front of a noun
 * ("good or better primary schools", "a good contribution") or negated is not a verdict,
 * and a sentence whose every verdict was read was read whole.
 */
export function unreadSettings(
  tokens: readonly StatementToken[],
  statements: readonly SettingStatement[],
  judgementsRead: ReadonlySet<number>,
): Setting[] {
  const verdictUnread = tokens.some((token, index) => token.kind === 'judgement' && !judgementsRead.has(index) && couldBeVerdict(tokens, index));
  if (!verdictUnread) return [];
  const judged = new Set(statements.map((statement) => statement.setting));
  const unread = new Set<Setting>();
  for (const token of tokens) {
    if (token.kind !== 'setting') continue;
    for (const setting of token.settings) if (!judged.has(setting)) unread.add(setting);
  }
  return [...unread];
}
