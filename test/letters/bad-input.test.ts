import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLetter } from '../../src/letters/parse-letter';
import { MAX_LETTER_CHARS } from '../../src/letters/limits';
import { LETTER_FIXTURES } from './expected-letter';
import { countRegexWork } from './regex-work';

const kent = readFileSync(path.join(LETTER_FIXTURES, 'real', '004_5ab39e3c457a8afd.txt'), 'utf8');

function errorCode(text: string): string {
  const result = parseLetter(text);
  return result.ok ? 'parsed' : result.error.code;
}

describe('parseLetter on text that is not a usable letter', () => {
  it('calls empty and whitespace-only text EMPTY', () => {
    expect(errorCode('')).toBe('EMPTY');
    expect(errorCode(' \n\r\n\t ')).toBe('EMPTY');
    expect(errorCode('<p> </p>')).toBe('EMPTY');
  });

  it('calls binary content BINARY', () => {
    expect(errorCode('%PDF-1.4\u0000\u0001\u0002 stream')).toBe('BINARY');
    expect(errorCode('\ufffd\u0003\ufffd\u0007'.repeat(100))).toBe('BINARY');
  });

  it('refuses more than the size limit as TOO_LARGE without reading it', () => {
    const noise = 'x'.repeat(MAX_LETTER_CHARS + 1);
    const { result, executions } = countRegexWork(() => errorCode(noise));
    expect(result).toBe('TOO_LARGE');
    // Refused on its length alone: not one pattern is run over the text.
    expect(executions).toBe(0);
  });

  it('calls text that is no Ofsted letter NOT_A_LETTER', () => {
    expect(errorCode('Dear Sir\n\nPlease find our invoice attached.\n\nYours faithfully')).toBe('NOT_A_LETTER');
    expect(errorCode('lorem ipsum '.repeat(1000))).toBe('NOT_A_LETTER');
  });

  it('calls a covering letter with no rating NO_RATING', () => {
    const covering = [
      '9 December 2009',
      'Mr A Person',
      "Director of Children's Services",
      'Kent County Council',
      'Dear Mr Person',
      "Children's services annual rating",
      "Please find enclosed your council's children's services annual rating letter, which will be published shortly.",
      'Yours sincerely',
      'Juliet Winstanley',
    ].join('\n\n');
    expect(errorCode(covering)).toBe('NO_RATING');
  });

  it('calls a letter cut off before its rating TRUNCATED', () => {
    const cut = kent.slice(0, kent.indexOf('<b>Children'));
    expect(errorCode(cut)).toBe('TRUNCATED');
  });

  it('calls a rated letter that names no council NO_AUTHORITY', () => {
    const anonymous = kent.replace(/Kent County Council/g, 'the council').replace(/\bKent\b/g, 'the county');
    expect(errorCode(anonymous)).toBe('NO_AUTHORITY');
  });

  it('calls an APA letter without a date NO_DATE', () => {
    const apa = readFileSync(path.join(LETTER_FIXTURES, 'real', '001_e2f644057def782b.txt'), 'utf8');
    expect(errorCode(apa.replace('1 November 2006', ''))).toBe('NO_DATE');
  });

  it('dates a 2009 rating letter that lost its date line on the day all were published', () => {
    const result = parseLetter(kent.replace('9 December 2009', ''));
    expect(result.ok && result.letter.publishedOn).toBe('2009-12-09');
  });

  it('gives every failure a message', () => {
    const result = parseLetter('nothing here');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
  });
});
