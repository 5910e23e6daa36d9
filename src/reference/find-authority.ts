import type { AuthorityKind } from '../domain/enums';
import { referenceAuthorities, type ReferenceAuthority } from './reference-authorities';
import { AUTHORITY_ALIASES } from './authority-aliases';
import { normaliseAuthorityName } from './normalise-authority-name';

/** An authority named in a document, resolved against the reference data where possible. */
export interface ResolvedAuthority {
  /** Canonical council name when resolved, else the name as written (cleaned). */
  name: string;
  /** The name exactly as the document writes it (cleaned text). */
  nameAsWritten: string;
  laCode: string | null;
  onsCode: string | null;
  region: string | null;
  kind: AuthorityKind | null;
}

interface AuthorityIndex {
  byName: ReadonlyMap<string, ReferenceAuthority>;
  /** Normalised names, longest first, for finding a name inside a longer line. */
  names: readonly string[];
}

let index: AuthorityIndex | undefined;

/** Name lookup over the reference data, built once (the reference data never changes). */
function authorityIndex(): AuthorityIndex {
  if (index) return index;
  const byName = new Map<string, ReferenceAuthority>();
  const add = (name: string, authority: ReferenceAuthority): void => {
    const key = normaliseAuthorityName(name);
    if (key && !byName.has(key)) byName.set(key, authority);
  };
  const authorities = referenceAuthorities();
  for (const authority of authorities) {
    add(authority.name, authority);
    add(authority.shortName, authority);
  }
  for (const authority of authorities) for (const alias of AUTHORITY_ALIASES[authority.laCode] ?? []) add(alias, authority);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  index = { byName, names };
  return index;
}

/** The reference authority a name denotes exactly (after normalising), if any. */
export function findAuthorityByName(name: string): ReferenceAuthority | null {
  return authorityIndex().byName.get(normaliseAuthorityName(name)) ?? null;
}

/**
 * The reference authority named somewhere inside a longer text, longest name first, so
 * "North Somerset" is not read as "Somerset" and "Bath and North East Somerset" is not read
 * as either.
 */
export function findAuthorityInText(text: string): ReferenceAuthority | null {
  const { byName, names } = authorityIndex();
  const haystack = ` ${normaliseAuthorityName(text)} `;
  for (const name of names) if (haystack.includes(` ${name} `)) return byName.get(name) ?? null;
  return null;
}

/** Removes what letters put around a name in an address block: trailing commas, full stops. */
function cleanWrittenName(written: string): string {
  return written.replace(/\s+/g, ' ').replace(/^[\s,;:.-]+|[\s,;:.]+$/g, '');
}

/**
 * Whether a written name can stand for a council at all: resolved, or a proper name ("the
 * council", "your authority" are not).
 */
export function isPlausibleAuthorityName(written: string): boolean {
  if (findAuthorityByName(written) ?? findAuthorityInText(written)) return true;
  const rest = written.replace(
    /\b(?:the|The|THE|of|Council|COUNCIL|Borough|County|City|Corporation|Metropolitan|District|London|Royal)\b/g,
    ' ',
  );
  return /\b[A-Z][a-zA-Z'-]{2,}/.test(rest);
}

/**
 * Resolves an authority's name as a letter writes it against the reference data. The
 * result carries the canonical name when resolved, else the cleaned written name.
 */
export function resolveAuthority(written: string): ResolvedAuthority {
  const nameAsWritten = cleanWrittenName(written);
  const authority = findAuthorityByName(nameAsWritten) ?? findAuthorityInText(nameAsWritten);
  if (!authority) return { name: nameAsWritten, nameAsWritten, laCode: null, onsCode: null, region: null, kind: null };
  return {
    name: authority.name,
    nameAsWritten,
    laCode: authority.laCode,
    onsCode: authority.onsCode,
    region: authority.region,
    kind: authority.kind,
  };
}
