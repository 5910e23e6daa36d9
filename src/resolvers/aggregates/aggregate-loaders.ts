import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  type AuthorityGradeContext,
  type AuthorityYearAndKind,
  authorityYearAndKindKey,
  loadAuthorityGradeContexts,
} from './authority-grade-context';
import { queryRatingTallies, type RatingTally, type RatingTallyRequest } from './rating-tallies';
import { yearAndKindKey } from './year-and-kind';

/**
 * Grade tallies per bucket, one grouped statement per distinct year, kind and grouping asked
 * for in a request: `Authority.comparison` over many authorities shares one region tally.
 */
export function createRatingTalliesLoader(dataSource: DataSource): DataLoader<RatingTallyRequest, RatingTally[], string> {
  return new DataLoader(async (requests) => Promise.all(requests.map((request) => queryRatingTallies(dataSource, request))), {
    cacheKeyFn: (request) => `${yearAndKindKey(request)}|${request.groupBy}`,
  });
}

/** Each authority's own grade and its neighbours' grades for a year and kind, batched across authorities. */
export function createAuthorityGradeContextLoader(dataSource: DataSource): DataLoader<AuthorityYearAndKind, AuthorityGradeContext, string> {
  return new DataLoader((keys) => loadAuthorityGradeContexts(dataSource, keys), { cacheKeyFn: authorityYearAndKindKey });
}

/** The aggregates feature's batched lookups. */
export interface AggregateLoaders {
  ratingTallies: DataLoader<RatingTallyRequest, RatingTally[], string>;
  authorityGradeContext: DataLoader<AuthorityYearAndKind, AuthorityGradeContext, string>;
}

/** Creates the aggregates feature's loaders for one request. */
export function createAggregateLoaders(dataSource: DataSource): AggregateLoaders {
  return { ratingTallies: createRatingTalliesLoader(dataSource), authorityGradeContext: createAuthorityGradeContextLoader(dataSource) };
}
