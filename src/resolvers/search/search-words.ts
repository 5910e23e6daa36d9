import { GraphQLError } from 'graphql';
import { badUserInput } from '../../schema/errors';

/**
 * InnoDB's default full-text stopword list (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD on
 * MariaDB 10.11). InnoDB does not index these words, and a required (`+`) stopword makes a
 * boolean-mode search match nothing, so search leaves them out of every query.
 */
export const INNODB_DEFAULT_STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'about',
  'an',
  'are',
  'as',
  'at',
  'be',
  'by',
  'com',
  'de',
  'en',
  'for',
  'from',
  'how',
  'i',
  'in',
  'is',
  'it',
  'la',
  'of',
  'on',
  'or',
  'that',
  'the',
  'this',
  'to',
  'was',
  'what',
  'when',
  'where',
  'who',
  'will',
  'with',
  'und',
  'www',
]);

/** InnoDB's `innodb_ft_min_token_size` and `innodb_ft_max_token_size` defaults: shorter or longer words are not indexed. */
export const INNODB_MIN_WORD_LENGTH = 3;
export const INNODB_MAX_WORD_LENGTH = 84;

/**
 * A word as both search indexes compare it: lower case, accents removed (FTS5's
 * remove_diacritics, MariaDB's accent-insensitive utf8mb4_unicode_ci collation).
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Runs of letters and digits: what FTS5's unicode61 tokenizer and InnoDB's parser both treat as a word. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;

/** Longest search text accepted, in characters. */
export const MAX_SEARCH_TEXT_LENGTH = 500;
/** Most words one search may require: each is a term of the full-text query. */
export const MAX_SEARCH_WORDS = 16;

/** The words of a search, ready for an engine's query and for marking. */
export interface SearchWords {
  /** Folded (lower case, no accents), distinct, in the order typed; every one must match. */
  words: string[];
  /** Words typed but not searched for: too short, too long or too common (InnoDB stopwords). */
  ignored: string[];
}

function badText(message: string): GraphQLError {
  return badUserInput(message, 'text');
}

/**
 * Turns what a user typed into plain words. Only runs of letters and digits survive, so
 * quotes, `*`, `-`, `+`, parentheses, `NEAR(`, `OR` and SQL fragments can never act as
 * full-text syntax: they are separators or ordinary words. Words shorter than 3 or longer
 * than 84 characters and InnoDB's stopwords are dropped on both engines, because MariaDB
 * cannot search for them and the same text should find the same passages everywhere.
 *
 * @throws GraphQLError BAD_USER_INPUT when nothing searchable is left, or the text is too long
 */
export function searchWords(text: string): SearchWords {
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw badText(`The search text is longer than ${MAX_SEARCH_TEXT_LENGTH} characters`);
  }
  const typed = [...new Set((text.match(WORD_PATTERN) ?? []).map(foldWord))];
  if (typed.length === 0) throw badText('The search text has no words to search for');
  const words = typed.filter(isSearchable);
  const ignored = typed.filter((word) => !isSearchable(word));
  if (words.length === 0) {
    throw badText(
      `Every word of the search text is too short (under ${INNODB_MIN_WORD_LENGTH} letters) or too common to search for: ${ignored.join(', ')}`,
    );
  }
  if (words.length > MAX_SEARCH_WORDS) throw badText(`The search text has more than ${MAX_SEARCH_WORDS} words`);
  return { words, ignored };
}

function isSearchable(word: string): boolean {
  return word.length >= INNODB_MIN_WORD_LENGTH && word.length <= INNODB_MAX_WORD_LENGTH && !INNODB_DEFAULT_STOPWORDS.has(word);
}
