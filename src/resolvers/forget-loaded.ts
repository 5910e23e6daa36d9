import type { Loaders } from './loaders';

/**
 * Empties every loader of a request after it wrote to the database, so that the rest of the
 * request (a second mutation field, the mutation's own selection) reads the new rows rather
 * than what the loaders cached before the write.
 */
export function forgetLoaded(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
