import { AuthorityKind } from '../domain/enums';
/**
 * Maps the reference data's `la_type` to the kind the authority had in 2009.
 * Buckinghamshire and North Yorkshire became unitary long after 2009; the data says so in
 * brackets, and the letters predate that change.
 */
export function authorityKindFromLaType(laType: string): AuthorityKind {
  if (/county council in 2009/i.test(laType) || /^county\b/i.test(laType)) return AuthorityKind.COUNTY;
  if (/^unitary/i.test(laType)) return AuthorityKind.UNITARY;
  if (/^metropolitan/i.test(laType)) return AuthorityKind.METROPOLITAN_DISTRICT;
  if (/^london borough/i.test(laType)) return AuthorityKind.LONDON_BOROUGH;
  throw new Error(`Unknown authority type in reference data: "${laType}"`);
}
