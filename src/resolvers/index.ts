import type { SchemaParts } from '../schema/build-schema';
import { AggregateResolver } from './aggregates/aggregate.resolver';
import { AuthorityInsightsResolver } from './aggregates/authority-insights.resolver';
import { AssessmentResolver } from './assessments/assessment.resolver';
import { AssessmentRevisionResolver } from './assessments/assessment-revision.resolver';
import { AuthorityResolver } from './authorities/authority.resolver';
import { REFERENCE_RESOLVERS } from './federation/reference.resolvers';
import { IngestResolver } from './ingest/ingest.resolver';
import { RateLimitResolver } from './rate-limit/rate-limit.resolver';
import { SearchResolver } from './search/search.resolver';
import { SourceLetterResolver } from './assessments/source-letter.resolver';

/** Every resolver of the schema: the type-graphql classes and the federation reference resolvers. */
export const SCHEMA_PARTS: SchemaParts = {
  resolvers: [
    AuthorityResolver,
    AssessmentResolver,
    AssessmentRevisionResolver,
    SourceLetterResolver,
    IngestResolver,
    AggregateResolver,
    AuthorityInsightsResolver,
    SearchResolver,
    RateLimitResolver,
  ],
  referenceResolvers: REFERENCE_RESOLVERS,
};
