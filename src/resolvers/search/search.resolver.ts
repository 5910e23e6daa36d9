import type { GraphQLResolveInfo } from 'graphql';
import { canonicalRegion } from '../../reference/regions';
import { Args, Ctx, Directive, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { CHANGEABLE_CACHE_HINT } from '../../schema/cache-hints';
import type { AppContext } from '../context';
import { Assessment, Authority } from '../../entities/index';
import type { ConnectionResult } from '../../schema/pagination/connection.type';
import { parseId } from '../../schema/errors';
import type { SearchFilter } from './search-filter.input';
import { SearchHitConnection } from './search-hit.type';
import { SearchHit } from './search-hit.type';
import { DEFAULT_SEARCH_PAGE_SIZE, SearchArgs } from './search.args';
import { MAX_RANKED_MATCHES, type SearchConditions } from './search-passages';
import { searchHits } from './search-hits';
import { projectedColumns } from '../projection';
import { AUTHORITY_PROJECTION } from '../authorities/authority.projection';
import { ASSESSMENT_PROJECTION } from '../assessments/assessment.projection';

function toConditions(filter: SearchFilter | undefined): SearchConditions {
  if (!filter) return {};
  const { year, kind, region, authorityId, passageKind } = filter;
  return {
    year,
    kind,
    region: region === undefined || region === null ? region : (canonicalRegion(region) ?? region),
    passageKind,
    authorityId: authorityId === undefined || authorityId === null ? null : parseId(authorityId, 'filter.authorityId'),
  };
}

@Resolver(() => SearchHit)
export class SearchResolver {
  // Ingest adds and replaces passages, so search results get the short life and the response cache is cleared by ingest.
  @Directive(CHANGEABLE_CACHE_HINT)
  @Query(() => SearchHitConnection, {
    description:
      'Full-text search over the letters: passages (sentences and list items) containing every word of `text` as a word ' +
      'or word prefix, ignoring case and accents, most relevant first. Punctuation and search operators are ordinary ' +
      'separators; words under 3 letters and very common words ("the", "for", "with", ...) are ignored. Pages are by ' +
      'offset: a cursor counts hits, so a page fetched after an ingest may overlap or skip hits of the previous one. ' +
      `A search ranks at most the first ${MAX_RANKED_MATCHES} matching passages in the order they were stored, and ` +
      `totalCount counts at most ${MAX_RANKED_MATCHES}: add words or a filter to find rarer passages among more matches.`,
  })
  search(@Ctx() { dataSource }: AppContext, @Args() args: SearchArgs): Promise<ConnectionResult<SearchHit>> {
    return searchHits(dataSource, {
      text: args.text,
      conditions: toConditions(args.filter),
      first: args.first ?? DEFAULT_SEARCH_PAGE_SIZE,
      after: args.after ?? null,
    });
  }

  @FieldResolver(() => Authority, { description: 'The authority the letter is about' })
  async authority(@Root() hit: SearchHit, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo): Promise<Authority> {
    const authority = await loaders.authorityById.load(hit.authorityId, projectedColumns(info, AUTHORITY_PROJECTION));
    if (!authority) throw new Error(`A search hit refers to missing authority ${hit.authorityId}`);
    return authority;
  }

  @FieldResolver(() => Assessment, { description: 'The assessment whose letter holds the passage' })
  async assessment(@Root() hit: SearchHit, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo): Promise<Assessment> {
    const assessment = await loaders.assessmentById.load(hit.assessmentId, projectedColumns(info, ASSESSMENT_PROJECTION));
    if (!assessment) throw new Error(`A search hit refers to missing assessment ${hit.assessmentId}`);
    return assessment;
  }
}
