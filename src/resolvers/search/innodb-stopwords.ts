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
