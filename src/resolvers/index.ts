import type { NonEmptyArray } from 'type-graphql';
import { AggregateResolver } from './aggregate.resolver';
import { AssessmentResolver } from './assessment.resolver';
import { AuthorityInsightsResolver } from './authority-insights.resolver';
import { AuthorityResolver } from './authority.resolver';
import { IngestResolver } from './ingest.resolver';
import { SearchResolver } from './search.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [AuthorityResolver, AssessmentResolver, IngestResolver, AggregateResolver, AuthorityInsightsResolver, SearchResolver];
