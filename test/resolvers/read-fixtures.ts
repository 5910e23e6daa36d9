import type { DataSource } from 'typeorm';
import { referenceAuthorities, type ReferenceAuthority } from '../../src/reference/reference-authorities';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { ingestOrFail } from '../helpers/load-letters';
import { syntheticRatingLetter } from '../helpers/synthetic-letters';

export type Grade = 1 | 2 | 3 | 4;

/** The reference record of one authority by DfE code. */
export function authorityByCode(laCode: string): ReferenceAuthority {
  const found = referenceAuthorities().find((authority) => authority.laCode === laCode);
  if (!found) throw new Error(`No reference authority ${laCode}`);
  return found;
}

/** The line of Bath's 2006 APA letter that carries the grade for the council's children's services. */
const APA_GRADE_LINE =
  "The contribution of <i>the local authority's children's services</i> in maintaining and improving outcomes for children and young people.\t3";

/**
 * An APA letter for any authority, year, date and children's services grade, made from Bath
 * and North East Somerset's real 2006 letter so it goes through the real parser.
 */
export function syntheticApaLetter(authority: ReferenceAuthority, options: { year: number; grade: Grade; dated: string }): string {
  const text = readBundledLetter(LETTER_FILES.bathApa2006);
  if (!text.includes(APA_GRADE_LINE) || !text.includes('1 November 2006')) {
    throw new Error("Bath's APA letter no longer has the expected grade line and date");
  }
  return text
    .replace(APA_GRADE_LINE, APA_GRADE_LINE.replace(/3$/, String(options.grade)))
    .replace('1 November 2006', options.dated)
    .replaceAll('2006', String(options.year))
    .replaceAll('Bath & North East Somerset Council', authority.name)
    .replaceAll('Bath and North East Somerset Council', authority.name)
    .replaceAll('BATH AND NORTH EAST SOMERSET', authority.shortName.toUpperCase())
    .replaceAll('Bath and North East Somerset', authority.shortName);
}

/** A 2009 rating letter for any authority with the grade and the date line given. */
export function datedRatingLetter(authority: ReferenceAuthority, grade: Grade, dated: string): string {
  return syntheticRatingLetter(authority, grade).replace('9 December 2009', dated);
}

/** Ingests an APA letter through the real pipeline. */
export async function ingestApa(
  dataSource: DataSource,
  laCode: string,
  options: { year: number; grade: Grade; dated: string },
): Promise<void> {
  await ingestOrFail(dataSource, syntheticApaLetter(authorityByCode(laCode), options), `apa-${laCode}-${options.year}.txt`);
}

/** Ingests a 2009 rating letter with its own date through the real pipeline. */
export async function ingestRating(dataSource: DataSource, laCode: string, grade: Grade, dated: string): Promise<void> {
  await ingestOrFail(dataSource, datedRatingLetter(authorityByCode(laCode), grade, dated), `rating-${laCode}.txt`);
}

/** Kent's addressee lines, which every letter made from Kent's 2009 rating carries. */
const KENT_RECIPIENT = /Ms Rosalind Turner {2}\nManaging Director[^\n]*\n/;

/** A 2009 rating letter with no addressee (no name or role above the address), for a null recipient. */
export function unaddressedRatingLetter(authority: ReferenceAuthority, grade: Grade): string {
  const letter = syntheticRatingLetter(authority, grade);
  if (!KENT_RECIPIENT.test(letter)) throw new Error("Kent's rating letter no longer has the expected addressee lines");
  return letter.replace(KENT_RECIPIENT, '').replace('Dear Ms Turner', 'Dear Director');
}
