import { LETTER_FILES, readBundledLetter } from './bundled-letters';
import { referenceAuthorities, type ReferenceAuthority } from '../../src/reference/reference-authorities';

const KENT_2009 = readBundledLetter(LETTER_FILES.kentRating2009);

const RATING_WORDS: Readonly<Record<number, [string, string]>> = {
  4: ['Performs excellently (4)', 'perform excellently'],
  3: ['Performs well (3)', 'perform well'],
  2: ['Performs adequately (2)', 'perform adequately'],
  1: ['Performs poorly (1)', 'perform poorly'],
};

/** A deterministic 1-4 grade per authority, so distributions in tests are predictable. */
export function syntheticGrade(authority: ReferenceAuthority): 1 | 2 | 3 | 4 {
  return ((Number(authority.laCode) % 4) + 1) as 1 | 2 | 3 | 4;
}

/**
 * A 2009 annual rating letter for any authority, made from Kent's real letter with the
 * council's name and rating changed: enough to load every authority through the real parser.
 */
export function syntheticRatingLetter(authority: ReferenceAuthority, grade = syntheticGrade(authority)): string {
  const [rating, verb] = RATING_WORDS[grade];
  return KENT_2009.replaceAll('Kent County Council', authority.name)
    .replace('Performs well (3)', rating)
    .replace(`${authority.name} perform well`, `${authority.name} ${verb}`);
}

/** The 152 authorities that existed at the 2009 rating. */
export function authoritiesOf2009(): ReferenceAuthority[] {
  return referenceAuthorities().filter((authority) => authority.abolishedOn === null);
}
