import { GraphQLError } from 'graphql';
import { booleanModeExpression, fts5Expression, mroongaExpression } from '../../../src/resolvers/search/search-sql';
import { MAX_SEARCH_TEXT_LENGTH, MAX_SEARCH_WORDS, searchWords } from '../../../src/resolvers/search/search-words';

function rejection(text: string): GraphQLError {
  try {
    searchWords(text);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('searchWords', () => {
  it('keeps letters and digits only, folded to lower case without accents, each word once', () => {
    expect(searchWords('Fostering, FOSTERING; Café 2008!').words).toEqual(['fostering', 'cafe', '2008']);
  });

  it('treats quotes, operators, wildcards and SQL as separators or plain words', () => {
    expect(searchWords('"foo" OR bar*').words).toEqual(['foo', 'bar']);
    expect(searchWords('NEAR(fostering adoption, 5)').words).toEqual(['near', 'fostering', 'adoption']);
    expect(searchWords("'; DROP TABLE assessment; --").words).toEqual(['drop', 'table', 'assessment']);
    expect(searchWords('+camhs -waiting ~lists >foo <bar @baz (qux)').words).toEqual([
      'camhs',
      'waiting',
      'lists',
      'foo',
      'bar',
      'baz',
      'qux',
    ]);
    expect(searchWords('fostering AND NOT adoption').words).toEqual(['fostering', 'and', 'not', 'adoption']);
  });

  it('drops words MariaDB cannot search for (under 3 letters, stopwords) and says which', () => {
    expect(searchWords('the pupil referral units in Kent to 19')).toEqual({
      words: ['pupil', 'referral', 'units', 'kent'],
      ignored: ['the', 'in', 'to', '19'],
    });
  });

  it.each(['', '   ', '-', '*', '"" ()', "'; --", '('])('rejects %j: no words', (text) => {
    const error = rejection(text);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/no words/);
  });

  it('rejects a text whose every word is too short or too common, naming them', () => {
    const error = rejection('to be or to be');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/too short .* or too common .*: to, be, or/);
  });

  it('rejects texts that are too long or have too many words', () => {
    expect(rejection('x'.repeat(MAX_SEARCH_TEXT_LENGTH + 1)).extensions.code).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: MAX_SEARCH_WORDS + 1 }, (_, index) => `word${index}`).join(' ');
    expect(rejection(many).message).toMatch(/more than 16 words/);
  });
});

describe('match expressions', () => {
  it('require every word as a prefix on MariaDB', () => {
    expect(booleanModeExpression(['pupil', 'referral'])).toBe('+pupil* +referral*');
    expect(mroongaExpression(['pupil', 'referral'])).toBe('*D+ pupil* referral*');
  });

  it('quote every word as a prefix term for FTS5', () => {
    expect(fts5Expression(['near', 'fostering'])).toBe('"near"* "fostering"*');
  });
});
