/**
 * Words that say what kind of council an authority is, not which one. Letters write the
 * same council as "Leeds City Council", "Leeds" and "City of Leeds".
 */
const LEADING_FORMS =
  /^(?:the )?(?:council of the |london borough of |royal borough of |city and county of |city of |county of |borough of |metropolitan borough of )+/;
const KIND_WORDS = /\b(?:council|city|county|borough|metropolitan|district|corporation|unitary|authority|local|the)\b/g;

/**
 * The comparable form of an authority's name: lower case, "&" as "and", "St." as "st",
 * punctuation gone and the words naming the kind of council dropped.
 * "Bath & North East Somerset Council" and "Bath and North East Somerset" both give
 * "bath and north east somerset".
 */
export function normaliseAuthorityName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const withoutForms = words.replace(LEADING_FORMS, '');
  const withoutKind = withoutForms.replace(KIND_WORDS, ' ').replace(/\s+/g, ' ').trim();
  // "City of London Corporation" is all kind words but one; never normalise a name to nothing.
  return withoutKind || withoutForms || words;
}
