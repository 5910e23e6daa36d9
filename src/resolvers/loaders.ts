import type { DataSource } from 'typeorm';
import { createAggregateLoaders, type AggregateLoaders } from './aggregates/aggregate-loaders';
import { createAssessmentLoaders, type AssessmentLoaders } from './assessments/assessment.loaders';
import { createAuthorityLoaders, type AuthorityLoaders } from './authorities/authority.loaders';

/** Every batched lookup a request may need: each feature's loaders, merged; see {@link createLoaders}. */
export type Loaders = AuthorityLoaders & AssessmentLoaders & AggregateLoaders;

/**
 * Creates a fresh set of DataLoaders. Call once per request: the loaders cache what they
 * load, and a cache shared across requests would serve stale rows after an ingest.
 */
export function createLoaders(dataSource: DataSource): Loaders {
  return { ...createAuthorityLoaders(dataSource), ...createAssessmentLoaders(dataSource), ...createAggregateLoaders(dataSource) };
}

/**
 * Empties every loader of a request after it wrote to the database, so that the rest of the
 * request (a second mutation field, the mutation's own selection) reads the new rows rather
 * than what the loaders cached before the write.
 */
export function forgetLoaded(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
