import { referenceAuthorities } from './reference-authorities';

/**
 * England's nine regions as the reference data names them ("East of England", "London", ...),
 * in alphabetical order: the only values a `region` filter can match.
 */
export function regionNames(): readonly string[] {
  return [...new Set(referenceAuthorities().map((authority) => authority.region))].sort();
}

/**
 * The region a user meant, whatever the case and spacing of their spelling ("london",
 * "south  east"), or null for a name that is no region. Filters compare the canonical name, so
 * `region: "london"` matches the 33 London boroughs rather than nothing.
 */
export function canonicalRegion(name: string): string | null {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return regionNames().find((region) => region.toLowerCase() === key) ?? null;
}
