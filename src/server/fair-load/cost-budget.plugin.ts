import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { AppContext } from '../../resolvers/context';
import type { RateLimit } from '../../resolvers/rate-limit/rate-limit.type';
import type { CostBudget } from './cost-budget';
import { rateLimited } from './load-refusals';

/** What the query cost plugin calls once it has priced an operation the cost limit allows. */
export type CostCharger = (requestContext: GraphQLRequestContext<AppContext>, cost: number) => Promise<void>;

/**
 * Charges each costed operation to its client's budget before anything runs, and refuses it
 * with 429 RATE_LIMITED and `Retry-After` (the seconds until the window ends) when it does not
 * fit. The budget afterwards is kept on the request's context for the `rateLimit` field and
 * the `cost` extension.
 */
export function costCharger(budget: CostBudget): CostCharger {
  return async ({ contextValue }, cost) => {
    const charge = await budget.charge(contextValue.client, cost);
    contextValue.rateLimit = charge.status;
    if (charge.allowed) return;
    throw rateLimited(
      `The query costs ${cost} and ${charge.status.remaining} of this client's budget of ${charge.status.limit} is left until ` +
        `${charge.status.resetAt.toISOString()}; try again after Retry-After seconds`,
      charge.retryAfterSeconds,
      { cost, remaining: charge.status.remaining, limit: charge.status.limit, resetAt: charge.status.resetAt.toISOString() },
    );
  };
}

/** Shopify's `extensions.cost` shape, from a client's budget after its query was charged. */
export function costExtension(status: RateLimit): Record<string, unknown> {
  return {
    requestedQueryCost: status.cost,
    throttleStatus: {
      maximumAvailable: status.limit,
      currentlyAvailable: status.remaining,
      restoreRate: status.restoreRate,
      resetAt: status.resetAt.toISOString(),
    },
  };
}

/**
 * Tells every costed answer what it cost and what the client has left: `extensions.cost` in
 * the body (as Shopify's Admin API does) and GitHub's `x-ratelimit-*` headers (limit,
 * remaining, used, reset as epoch seconds), so a client can pace itself before it is refused.
 */
export function costReportPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const status = contextValue.rateLimit;
          if (status === undefined) return;
          const headers = response.http.headers;
          headers.set('x-ratelimit-limit', String(status.limit));
          headers.set('x-ratelimit-remaining', String(status.remaining));
          headers.set('x-ratelimit-used', String(status.used));
          headers.set('x-ratelimit-reset', String(Math.ceil(status.resetAt.getTime() / 1000)));
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: costExtension(status) };
        },
      };
    },
  };
}
