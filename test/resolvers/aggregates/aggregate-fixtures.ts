import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { ingestLetter } from '../../../src/ingest/ingest-letter';
import { referenceAuthorities, type ReferenceAuthority } from '../../../src/reference/reference-authorities';
import { syntheticRatingLetter } from '../../helpers/synthetic-letters';

const LETTERS_DIR = path.resolve(__dirname, '../../../letters');

/** The real letters bundled with the project and what they say (checked against ../shared/letters/expected). */
export const REAL_LETTERS = {
  bath2009: { file: '000_17a4590a237525fb.txt', laCode: '800', year: 2009, grade: 3 },
  bath2006: { file: '001_e2f644057def782b.txt', laCode: '800', year: 2006, grade: 3 },
  worcestershire2009: { file: '002_b774c7640ba4b2c6.txt', laCode: '885', year: 2009, grade: 2 },
  dorset2009: { file: '003_87302fd0eb7a51ec.txt', laCode: '835', year: 2009, grade: 3 },
  kent2009: { file: '004_5ab39e3c457a8afd.txt', laCode: '886', year: 2009, grade: 3 },
} as const;

export type Grade = 1 | 2 | 3 | 4;

/** Reads one of the bundled real letters. */
export function realLetterText(file: string): string {
  return readFileSync(path.join(LETTERS_DIR, file), 'utf8');
}

/** Ingests one letter through the real parser and pipeline; a failed ingest fails the test. */
export async function ingestOrFail(dataSource: DataSource, text: string, fileName: string): Promise<void> {
  const outcome = await ingestLetter(dataSource, { text, fileName });
  if (outcome.status === 'failed') throw new Error(`${fileName} did not ingest: ${outcome.error.code} ${outcome.error.message}`);
  if (outcome.status === 'conflict') throw new Error(`${fileName} conflicts with stored assessment ${outcome.assessmentId}`);
}

/** Ingests every real letter. */
export async function loadRealLetters(dataSource: DataSource): Promise<void> {
  for (const letter of Object.values(REAL_LETTERS)) await ingestOrFail(dataSource, realLetterText(letter.file), letter.file);
}

/** Ingests a synthetic 2009 rating letter per authority, with the grade given. */
export async function loadSyntheticRatings(dataSource: DataSource, grades: ReadonlyMap<string, Grade>): Promise<void> {
  for (const [laCode, grade] of grades) {
    await ingestOrFail(dataSource, syntheticRatingLetter(referenceAuthority(laCode), grade), `synthetic-${laCode}.txt`);
  }
}

/** The reference record of one authority by DfE code. */
export function referenceAuthority(laCode: string): ReferenceAuthority {
  const found = referenceAuthorities().find((authority) => authority.laCode === laCode);
  if (!found) throw new Error(`No reference authority ${laCode}`);
  return found;
}

/** The 2009 grades of the real rating letters, by DfE code. */
export function realRatings2009(): Map<string, Grade> {
  return new Map(
    [REAL_LETTERS.bath2009, REAL_LETTERS.worcestershire2009, REAL_LETTERS.dorset2009, REAL_LETTERS.kent2009].map((letter) => [
      letter.laCode,
      letter.grade,
    ]),
  );
}

/** The line of Bath's 2006 APA letter that carries the grade for the council's children's services. */
const APA_CHILDRENS_SERVICES_GRADE =
  "The contribution of <i>the local authority's children's services</i> in maintaining and improving outcomes for children and young people.\t3";

/**
 * An APA letter for any authority and year, made from Bath and North East Somerset's real 2006
 * one with the council's name, its children's services grade and the year changed (the year
 * appears only in the date and the two headings), for trends and populations with letters in them.
 */
export function syntheticApaLetter(authority: ReferenceAuthority, grade: Grade, year: number = REAL_LETTERS.bath2006.year): string {
  const text = realLetterText(REAL_LETTERS.bath2006.file);
  if (!text.includes(APA_CHILDRENS_SERVICES_GRADE)) throw new Error("Bath's APA letter no longer has the expected grade line");
  return text
    .replace(APA_CHILDRENS_SERVICES_GRADE, APA_CHILDRENS_SERVICES_GRADE.replace(/3$/, String(grade)))
    .replaceAll(String(REAL_LETTERS.bath2006.year), String(year))
    .replaceAll('Bath & North East Somerset Council', authority.name)
    .replaceAll('Bath and North East Somerset Council', authority.name)
    .replaceAll('BATH AND NORTH EAST SOMERSET', authority.shortName.toUpperCase())
    .replaceAll('Bath and North East Somerset', authority.shortName);
}
