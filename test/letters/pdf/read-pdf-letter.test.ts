import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPdfLetter } from '../../../src/letters/pdf/read-pdf-letter';
import type { DocumentRead } from '../../../src/letters/document-read-error';
import { parseLetter } from '../../../src/letters/parse-letter';
import type { ParsedLetter } from '../../../src/letters/parsed-letter';
import { comparableParse, type ExpectedLetter, LETTER_FIXTURES, pickExpectedKeys, realLetters } from '../expected-letter';
import { bytesOf, minimalPdf, PDF_FIXTURES, realCopy } from './pdf-fixtures';

function textOf(read: DocumentRead): string {
  if (!read.ok) throw new Error(`read failed: ${read.error.code} ${read.error.message}`);
  return read.text;
}

function parsed(text: string): ParsedLetter {
  const result = parseLetter(text);
  if (!result.ok) throw new Error(`parse failed: ${result.error.code} ${result.error.message}`);
  return result.letter;
}

function variantExpected(name: string): ExpectedLetter {
  return JSON.parse(readFileSync(path.join(LETTER_FIXTURES, 'variants', 'expected', `${name}.json`), 'utf8')) as ExpectedLetter;
}

function fixture(name: string): Uint8Array {
  return bytesOf(path.join(PDF_FIXTURES, `${name}.pdf`));
}

async function failureCode(read: Promise<DocumentRead>): Promise<string> {
  const result = await read;
  return result.ok ? 'read' : result.error.code;
}

describe.each(realLetters())('the PDF of real letter $name', ({ name, expected }) => {
  it('parses to exactly the expected JSON of its text', async () => {
    const { actual, required } = comparableParse(parsed(textOf(await readPdfLetter(bytesOf(realCopy(name, 'pdf'))))), expected);
    expect(actual).toEqual(required);
  });

  it('loses its running header and page footer', async () => {
    const text = textOf(await readPdfLetter(bytesOf(realCopy(name, 'pdf'))));
    expect(text).not.toMatch(/PROTECT: INSPECTION|Page \d+ of \d+/);
  });
});

describe('PDFs made from letters whose parse is known', () => {
  it.each(['apa-city-of-london-split-2col', 'apa-city-of-london-split-3col'])(
    '%s: a strengths table split by a page break gives each item to its area and column',
    async (name) => {
      const expected = variantExpected('apa-2007-html-table-city-of-london');
      expect(pickExpectedKeys(parsed(textOf(await readPdfLetter(fixture(name)))), expected)).toEqual(expected);
    },
  );

  it('reads the three-column table as rows of three cells, the row cut by the page break rejoined', async () => {
    const text = textOf(await readPdfLetter(fixture('apa-city-of-london-split-3col')));
    expect(text).toContain('<tr><td>Outcome area</td><td>Key strengths</td><td>Key areas for improvement</td></tr>');
    expect(text).toContain(
      '<tr><td>Being healthy</td><td>\u2022 access to CAMHS. \u2022 healthy schools</td><td>\u2022 dental checks for looked after children.</td></tr>',
    );
    expect(text).toContain(
      '<tr><td>Staying safe</td><td>\u2022 multi-agency working &amp; information sharing</td><td>\u2022 recording of strategy meetings</td></tr>',
    );
  });

  it('keeps numbered and bulleted lines as list items', async () => {
    const read = textOf(await readPdfLetter(fixture('apa-newcastle-lists')));
    expect(read).toMatch(/<ol>\n<li>Attainment at Key Stage 4\.<\/li>\n<li>Post-16 participation\.<\/li>\n<\/ol>/);
    expect(read).toContain('<li>strong partnership with the primary care trust.</li>');
    const expected = variantExpected('apa-2008-markdown-crlf-newcastle-numbered');
    expect(pickExpectedKeys(parsed(read), expected)).toEqual(expected);
  });

  it.each(['apa-city-of-london-split-2col', 'apa-city-of-london-split-3col', 'apa-newcastle-lists'])(
    '%s: its running header and "Page N of M" footer, on every page, are gone',
    async (name) => {
      const html = readFileSync(path.join(PDF_FIXTURES, `${name}.html`), 'utf8');
      expect(html).toContain('PROTECT: INSPECTION');
      expect(textOf(await readPdfLetter(fixture(name)))).not.toMatch(/PROTECT|Page \d+ of \d+/);
    },
  );
});

describe('readPdfLetter on files that are not readable letters', () => {
  it('refuses bytes without a PDF header as UNREADABLE_PDF', async () => {
    expect(await failureCode(readPdfLetter(new TextEncoder().encode('Dear Sir')))).toBe('UNREADABLE_PDF');
  });

  it('calls a damaged PDF UNREADABLE_PDF', async () => {
    expect(await failureCode(readPdfLetter(new TextEncoder().encode('%PDF-1.7\n%garbage\u0000\u0001 not a pdf at all')))).toBe(
      'UNREADABLE_PDF',
    );
  });

  it('calls a password-protected PDF ENCRYPTED_PDF', async () => {
    expect(await readPdfLetter(fixture('encrypted-letter'))).toEqual({
      ok: false,
      error: { code: 'ENCRYPTED_PDF', message: 'the PDF is protected by a password, so its text cannot be read' },
    });
  });

  it('refuses more pages than the limit before reading them', async () => {
    const read = await readPdfLetter(bytesOf(realCopy('001_e2f644057def782b.txt', 'pdf')), { maxPages: 3 });
    expect(read).toEqual({ ok: false, error: { code: 'TOO_MANY_PAGES', message: 'the PDF has 6 pages; a letter has at most 3' } });
  });

  it('stops with READ_TIMEOUT once the deadline has passed', async () => {
    const read = readPdfLetter(bytesOf(realCopy('001_e2f644057def782b.txt', 'pdf')), { maxMilliseconds: -1 });
    expect(await failureCode(read)).toBe('READ_TIMEOUT');
  });

  it('calls a PDF whose pages hold no text NO_TEXT_LAYER', async () => {
    expect(await failureCode(readPdfLetter(minimalPdf('0 0 m 100 100 l S')))).toBe('NO_TEXT_LAYER');
    expect(await failureCode(readPdfLetter(minimalPdf('BT /F1 12 Tf 72 720 Td (Dear Sir) Tj ET')))).toBe('read');
  });

  it('reads or refuses a truncated PDF, never throwing', async () => {
    const bytes = bytesOf(realCopy('004_5ab39e3c457a8afd.txt', 'pdf'));
    const read = await readPdfLetter(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(read.ok || ['UNREADABLE_PDF', 'NO_TEXT_LAYER'].includes(read.error.code)).toBe(true);
  });

  it('prints nothing while reading, good or bad (the command line prints JSON on stdout)', async () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((method) => jest.spyOn(console, method));
    const stdout = jest.spyOn(process.stdout, 'write');
    try {
      expect((await readPdfLetter(bytesOf(realCopy('001_e2f644057def782b.txt', 'pdf')))).ok).toBe(true);
      expect(await failureCode(readPdfLetter(new TextEncoder().encode('%PDF-1.4\nbroken')))).toBe('UNREADABLE_PDF');
      expect(await failureCode(readPdfLetter(fixture('encrypted-letter')))).toBe('ENCRYPTED_PDF');
      for (const spy of [...spies, stdout]) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of [...spies, stdout]) spy.mockRestore();
    }
  });
});
