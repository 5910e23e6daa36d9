import type { Judgement, Setting } from '../../domain/enums';
import { JUDGEMENT_PHRASES, PERFORM_PHRASES, LINK_WORDS, FILLER_WORDS, CLAUSE_BREAKS, NEGATIONS } from './judgement-phrases';
import { NOT_SETTING_NOUNS, SETTING_NOUNS } from './setting-nouns';
import {
  ALL_BUT_WORDS, ALL_WORDS, APPROXIMATIONS, BOTH_WORDS, DETERMINERS, EXCEPTION_WORDS, FRACTION_WORDS, NONE_WORDS, NUMBER_WORDS, OF_WORDS,
  PERCENT_WORDS, REMAINDER_WORDS, SOLE_WORDS,
} from './quantity';

/** One unit of a sentence as the setting-statement grammar sees it. */
export type StatementToken =
  | { kind: 'setting'; settings: readonly Setting[] }
  | { kind: 'judgement'; judgement: Judgement; carriesVerb: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'fraction'; value: number }
  | { kind: 'percent' }
  | { kind: 'approximation' }
  | { kind: 'all'; every: boolean }
  | { kind: 'allBut' }
  | { kind: 'exception' }
  | { kind: 'remainder' }
  | { kind: 'both' }
  | { kind: 'sole' }
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
  | { kind: 'stop'; colon: boolean; semicolon: boolean }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'word'; text: string };

/** The kind of a statement token alone ("of", "link", "word", ...), without its text. */
export type StatementTokenKind = StatementToken['kind'];

interface TrieNode {
  next: Map<string, TrieNode>;
  token?: StatementToken;
}

function newNode(): TrieNode {
  return { next: new Map() };
}

function addPhrase(root: TrieNode, phrase: string, token: StatementToken): void {
  let node = root;
  for (const word of phrase.split(' ')) {
    let child = node.next.get(word);
    if (!child) {
      child = newNode();
      node.next.set(word, child);
    }
    node = child;
  }
  // The first rule to claim a phrase keeps it: the tables are listed most specific first.
  node.token ??= token;
}

/** The lexicon of the statement grammar, built once from the named word lists. */
function buildLexicon(): TrieNode {
  const root = newNode();
  for (const phrase of NOT_SETTING_NOUNS) addPhrase(root, phrase, { kind: 'word', text: phrase });
  for (const { settings, phrases } of SETTING_NOUNS) for (const phrase of phrases) addPhrase(root, phrase, { kind: 'setting', settings });
  for (const { judgement, phrases } of PERFORM_PHRASES) for (const phrase of phrases) addPhrase(root, phrase, { kind: 'judgement', judgement, carriesVerb: true });
  for (const { judgement, phrases } of JUDGEMENT_PHRASES) for (const phrase of phrases) addPhrase(root, phrase, { kind: 'judgement', judgement, carriesVerb: false });
  for (const [phrase, value] of FRACTION_WORDS) addPhrase(root, phrase, { kind: 'fraction', value });
  for (const [phrase, value] of NUMBER_WORDS) addPhrase(root, phrase, { kind: 'number', value });
  const simple: ReadonlyArray<[readonly string[], StatementToken]> = [
    [PERCENT_WORDS, { kind: 'percent' }],
    [APPROXIMATIONS, { kind: 'approximation' }],
    ...ALL_WORDS.map((word): [string[], StatementToken] => [[word], { kind: 'all', every: word === 'every' }]),
    [ALL_BUT_WORDS, { kind: 'allBut' }],
    [EXCEPTION_WORDS, { kind: 'exception' }],
    [REMAINDER_WORDS, { kind: 'remainder' }],
    [BOTH_WORDS, { kind: 'both' }],
    [SOLE_WORDS, { kind: 'sole' }],
    [NONE_WORDS, { kind: 'none' }],
    [OF_WORDS, { kind: 'of' }],
    [NEGATIONS, { kind: 'negation' }],
    [LINK_WORDS, { kind: 'link' }],
    [FILLER_WORDS, { kind: 'filler' }],
    [CLAUSE_BREAKS, { kind: 'clauseBreak' }],
    [DETERMINERS, { kind: 'determiner' }],
    // "..., and so are three quarters of childminders": "and so" repeats the judgement as "as" does.
    [['as', 'and so'], { kind: 'as' }],
    [['and', 'or', 'and or'], { kind: 'and' }],
  ];
  for (const [phrases, token] of simple) for (const phrase of phrases) addPhrase(root, phrase, token);
  return root;
}

let lexicon: TrieNode | undefined;

/**
 * Words, numbers (with thousands separators: "1,200") and the punctuation the grammar cares
 * about. Hyphens and slashes split words.
 */
const WORD = /\d{1,3}(?:,\d{3})+(?!\d)|[a-z0-9]+(?:'[a-z]+)?|[,;:()%&]|[.!?]/g;

function punctuationToken(word: string): StatementToken | null {
  if (word === ',') return { kind: 'comma' };
  if (word === '&') return { kind: 'and' };
  if (word === '(') return { kind: 'open' };
  if (word === ')') return { kind: 'close' };
  if (word === ';' || word === ':' || word === '.' || word === '!' || word === '?') return { kind: 'stop', colon: word === ':', semicolon: word === ';' };
  // "1,200 childminders": a number written with separators is always a count, never a year.
  if (word.includes(',') && word.length > 1) return { kind: 'number', value: Number(word.replace(/,/g, '')) };
  if (/^\d+$/.test(word)) {
    // Years and reference numbers are not counts of settings.
    const value = Number(word);
    return word.length <= 3 ? { kind: 'number', value } : { kind: 'word', text: word };
  }
  return null;
}

/** Reads a sentence as statement tokens, longest lexicon phrase first. Linear in the sentence. */
export function tokeniseStatement(sentence: string): StatementToken[] {
  lexicon ??= buildLexicon();
  const words = sentence.toLowerCase().match(WORD) ?? [];
  const tokens: StatementToken[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index];
    if (word === '%') {
      tokens.push({ kind: 'percent' });
      index += 1;
      continue;
    }
    const direct = punctuationToken(word);
    if (direct) {
      tokens.push(direct);
      index += 1;
      continue;
    }
    let node: TrieNode | undefined = lexicon;
    let best: { token: StatementToken; length: number } | null = null;
    for (let ahead = index; ahead < words.length && node; ahead += 1) {
      node = node.next.get(words[ahead]);
      if (node?.token) best = { token: node.token, length: ahead - index + 1 };
    }
    if (best) {
      tokens.push(best.token);
      index += best.length;
    } else {
      tokens.push(/'s$/.test(word) ? { kind: 'determiner' } : { kind: 'word', text: word });
      index += 1;
    }
  }
  return tokens;
}
