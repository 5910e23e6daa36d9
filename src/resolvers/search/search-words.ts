import { GraphQLError } from 'graphql';
import { foldWord, WORD_PATTERN } from './fold-word';
import { INNODB_DEFAULT_STOPWORDS, INNODB_MAX_WORD_LENGTH, INNODB_MIN_WORD_LENGTH } from './innodb-stopwords';

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
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'text' } });
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
