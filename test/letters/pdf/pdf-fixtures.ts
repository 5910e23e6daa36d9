import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type ExpectedLetter, LETTER_FIXTURES, realLetters } from '../expected-letter';

/** The PDFs made for these tests by `test/fixtures/letters/pdf/make-pdf-fixtures.cjs` (with their HTML sources). */
export const PDF_FIXTURES = path.join(LETTER_FIXTURES, 'pdf');

/** The bytes of a file, as the readers take them. */
export function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/**
 * A real letter's copy in another form: `pdf/real/NAME.pdf` or `docx/real/NAME.docx` for
 * `real/NAME.txt` (kept apart from the texts, which tests and the benchmark read as a folder).
 */
export function realCopy(textName: string, extension: 'pdf' | 'docx'): string {
  return path.join(LETTER_FIXTURES, extension, 'real', textName.replace(/\.txt$/, `.${extension}`));
}

/**
 * A minimal well-formed PDF of one A4 page whose content stream is `content` (Helvetica as F1,
 * ZapfDingbats as F2, neither embedded),
 * with its cross-reference table computed, for cases no word processor makes: a page without
 * text, text at chosen positions.
 */
export function minimalPdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** The producers' PDFs of the letters: `pdf/producers/PRODUCER/NAME.pdf` (see `make-pdfs.sh` there). */
export const PRODUCER_FIXTURES = path.join(PDF_FIXTURES, 'producers');

/** One producer's PDF of a letter whose parse is known. */
export interface ProducerPdf {
  producer: string;
  letter: string;
  file: string;
  expected: ExpectedLetter;
}

/** The seed letters (`real/`) and the blind letters (`blind/`), by name, with their expected parses. */
function lettersWithExpectedParses(): Array<{ letter: string; expected: ExpectedLetter }> {
  const blindExpected = path.join(LETTER_FIXTURES, 'blind', 'expected');
  return [
    ...realLetters().map(({ name, expected }) => ({ letter: name.replace(/\.txt$/, ''), expected })),
    ...readdirSync(blindExpected)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ letter: name.replace(/\.json$/, ''), expected: JSON.parse(readFileSync(path.join(blindExpected, name), 'utf8')) as ExpectedLetter })),
  ];
}

/**
 * Every producer's PDF of every letter with an expected parse. A producer is a folder under
 * `pdf/producers`; LibreOffice's copies of the seed letters are the older `pdf/real` ones.
 * A letter a producer has no PDF of is listed all the same, so its absence fails a test.
 */
export function producerPdfs(): ProducerPdf[] {
  const producers = readdirSync(PRODUCER_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return producers.flatMap((producer) =>
    lettersWithExpectedParses().map(({ letter, expected }) => {
      const own = path.join(PRODUCER_FIXTURES, producer, `${letter}.pdf`);
      const seedCopy = path.join(PDF_FIXTURES, 'real', `${letter}.pdf`);
      const file = producer === 'libreoffice' && !existsSync(own) ? seedCopy : own;
      return { producer, letter, file, expected };
    }),
  );
}
