import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParseResult } from '../../src/letters/parsed-letter';
import { LETTER_FIXTURES, pickExpectedKeys, realLetters } from './expected-letter';

const DOCUMENTS = path.resolve(__dirname, '../fixtures/documents');
const WEB_PAGES = path.join(LETTER_FIXTURES, 'web-pages');
const PARSING_DOC = path.resolve(__dirname, '../../docs/parsing.md');

function document(name: string): string {
  return readFileSync(path.join(DOCUMENTS, name), 'utf8');
}

function refusal(result: ParseResult): string {
  return result.ok ? `parsed as a letter for ${result.letter.authority.name}` : result.error.code;
}

describe('only letters are read as letters', () => {
  it.each([
    ['a council report that quotes the rating row and the verdict', 'council-report-quoting-rating.txt'],
    ["a news article listing several councils' ratings", 'news-article-several-ratings.html'],
    ['JSON that quotes a whole letter', 'json-quoting-letter.json'],
  ])('refuses %s as NOT_A_LETTER', (_what, name) => {
    expect(refusal(parseLetter(document(name)))).toBe('NOT_A_LETTER');
  });

  it("refuses the project's own parsing guide, which quotes a parse of Dorset's letter, as NOT_A_LETTER", () => {
    const readme = readFileSync(PARSING_DOC, 'utf8');
    expect(readme).toContain('Dorset County Council');
    expect(refusal(parseLetter(readme))).toBe('NOT_A_LETTER');
  });

  it('refuses every expected parse file (JSON quoting a letter) as NOT_A_LETTER', () => {
    const files = readdirSync(path.join(LETTER_FIXTURES, 'expected')).map((name) => path.join(LETTER_FIXTURES, 'expected', name));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(refusal(parseLetter(readFileSync(file, 'utf8')))).toBe('NOT_A_LETTER');
  });

  it("refuses an email forwarding only a letter's first page as TRUNCATED, though the rating is on that page", () => {
    const email = document('email-forwarding-first-page.txt');
    expect(email).toContain("Children's services rating\tPerforms well (3)");
    expect(refusal(parseLetter(email))).toBe('TRUNCATED');
  });

  it.each([
    ['a Welsh council', 'welsh-council-letter.txt', 'Cardiff Council'],
    ['a Scottish council', 'scottish-council-letter.txt', 'Glasgow City Council'],
  ])('refuses a letter for %s as UNKNOWN_AUTHORITY, naming it', (_what, name, council) => {
    const result = parseLetter(document(name));
    expect(refusal(result)).toBe('UNKNOWN_AUTHORITY');
    if (!result.ok) expect(result.error.message).toContain(council);
  });

  it('gives each kind of refusal its own message', () => {
    const messages = ['council-report-quoting-rating.txt', 'json-quoting-letter.json', 'email-forwarding-first-page.txt', 'welsh-council-letter.txt'].map(
      (name) => {
        const result = parseLetter(document(name));
        return result.ok ? '' : result.error.message;
      },
    );
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('refuses a letter whose title is not by its salutation as NOT_A_LETTER', () => {
    const kent = realLetters().find(({ name }) => name.startsWith('004'))!.text;
    const moved = kent.replace("Children's services annual rating", 'Annual review').concat("\n\nChildren's services annual rating\n");
    expect(refusal(parseLetter(moved))).toBe('NOT_A_LETTER');
  });
});

describe('a letter inside a web page or an email', () => {
  const pages = readdirSync(WEB_PAGES)
    .sort()
    .map((name) => ({ name, id: name.slice(0, name.indexOf('.')), text: readFileSync(path.join(WEB_PAGES, name), 'utf8') }));
  const real = new Map(realLetters().map((letter) => [letter.name.replace(/\.txt$/, ''), letter]));

  it('has a page for every real letter', () => {
    expect(new Set(pages.map((page) => page.id))).toEqual(new Set(real.keys()));
  });

  it.each(pages)('$name parses exactly like the letter as text, page chrome ignored', ({ id, text }) => {
    const letter = real.get(id)!;
    const fromPage = parseLetter(text);
    const fromText = parseLetter(letter.text);
    if (!fromPage.ok) throw new Error(`${fromPage.error.code}: ${fromPage.error.message}`);
    expect(fromPage).toEqual(fromText);
    const { optionalSettingJudgements: _optional, settingJudgements: _judgements, ...required } = letter.expected;
    expect(pickExpectedKeys(fromPage.letter, required)).toEqual(required);
  });

  it('reads the kind of letter from its own title, not from a link around it', () => {
    const bathApa = pages.find(({ name }) => name === '001_e2f644057def782b.html')!.text;
    const kentRating = pages.find(({ name }) => name === '004_5ab39e3c457a8afd.html')!.text;
    // Each page links to the other kind of letter in its menu and related links.
    expect(bathApa).toContain("Children's services annual rating 2009: national summary");
    expect(kentRating).toContain('2008 annual performance assessment of services for children and young people: guidance');
    const apa = parseLetter(bathApa);
    expect(apa.ok && apa.letter.kind).toBe('ANNUAL_PERFORMANCE_ASSESSMENT');
    const rating = parseLetter(kentRating);
    expect(rating.ok && rating.letter.kind).toBe('ANNUAL_RATING');
  });
});
