import { readPdfLetter } from '../../../src/letters/pdf/read-pdf-letter';
import { parseLetter } from '../../../src/letters/parse-letter';
import { comparableParse } from '../expected-letter';
import { bytesOf, producerPdfs } from './pdf-fixtures';

/**
 * The same letters printed to PDF by different producers (LibreOffice, Chromium's print to
 * PDF, Ghostscript, ...): each draws tables, bullets and page furniture its own way, and each
 * copy must parse to exactly the letter's expected JSON. The reader reads what the page
 * shows, so no producer is special.
 */
const pdfs = producerPdfs();

describe('PDFs of the letters from several producers', () => {
  it('come from at least three producers, each with a copy of every letter', () => {
    const producers = new Set(pdfs.map((pdf) => pdf.producer));
    expect(producers.size).toBeGreaterThanOrEqual(3);
    const letters = new Set(pdfs.map((pdf) => pdf.letter));
    expect(pdfs).toHaveLength(producers.size * letters.size);
  });

  describe.each(pdfs)('$producer: $letter', ({ file, expected }) => {
    let text: Promise<string> | null = null;
    const textOf = (): Promise<string> =>
      (text ??= readPdfLetter(bytesOf(file)).then((read) => {
        if (!read.ok) throw new Error(`read failed: ${read.error.code} ${read.error.message}`);
        return read.text;
      }));

    // A one-page letter's header is a letterhead like any other (nothing repeats it), so it may
    // stay at the top; a header repeated down the letter, or any page footer, may not.
    it('loses its running header and page footer', async () => {
      const read = await textOf();
      expect(read).not.toMatch(/Page \d+ of \d+/);
      expect(read.split('PROTECT: INSPECTION').length).toBeLessThanOrEqual(2);
      expect(read.indexOf('PROTECT: INSPECTION')).toBeLessThan(100);
    });

    it('parses to exactly the expected JSON', async () => {
      const result = parseLetter(await textOf());
      if (!result.ok) throw new Error(`parse failed: ${result.error.code} ${result.error.message}`);
      const { actual, required } = comparableParse(result.letter, expected);
      expect(actual).toEqual(required);
    });
  });
});
