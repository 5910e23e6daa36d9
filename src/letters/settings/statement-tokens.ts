import type { Judgement, Setting } from '../../domain/enums';

/** One unit of a sentence as the setting-statement grammar sees it. */
export type StatementToken =
  | { kind: 'setting'; settings: readonly Setting[] }
  | { kind: 'judgement'; judgement: Judgement; carriesVerb: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'fraction'; value: number }
  | { kind: 'percent' }
  | { kind: 'approximation' }
  | { kind: 'all' }
  | { kind: 'both' }
  | { kind: 'none' }
  | { kind: 'of' }
  | { kind: 'determiner' }
  | { kind: 'link' }
  | { kind: 'filler' }
  | { kind: 'negation' }
  | { kind: 'as' }
  | { kind: 'and' }
  | { kind: 'clauseBreak' }
  | { kind: 'comma' }
  | { kind: 'stop' }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'word'; text: string };

/** The kind of a statement token alone ("of", "link", "word", ...), without its text. */
export type StatementTokenKind = StatementToken['kind'];
