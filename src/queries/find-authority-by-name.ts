import type { DataSource } from 'typeorm';
import { Authority } from '../entities';

/** Lower-case, "&" as "and", punctuation and runs of spaces folded: how names are compared. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Finds an authority by its formal name ("Kent County Council") or short name ("Kent"). */
export async function findAuthorityByName(dataSource: DataSource, name: string): Promise<Authority | null> {
  const wanted = foldName(name);
  if (wanted === '') return null;
  const all = await dataSource.getRepository(Authority).find();
  return all.find((authority) => foldName(authority.name) === wanted || foldName(authority.shortName) === wanted) ?? null;
}
