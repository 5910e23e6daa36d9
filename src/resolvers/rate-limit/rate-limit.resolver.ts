import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import { UNCACHEABLE_CACHE_HINT } from '../../schema/cache-hints';
import type { AppContext } from '../context';
import { RateLimit } from './rate-limit.type';

@Resolver(() => RateLimit)
export class RateLimitResolver {
  // The answer belongs to the client that asked and changes with every request: never stored or shared.
  @Directive(UNCACHEABLE_CACHE_HINT)
  @Query(() => RateLimit, {
    nullable: true,
    description:
      "The asking client's cost budget after this query: the client is its X-API-Key header, else its address. " +
      'Null where the server keeps no budgets.',
  })
  rateLimit(@Ctx() { rateLimit }: AppContext): RateLimit | null {
    return rateLimit ?? null;
  }
}
