import { Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * Where the client stands against its cost budget, as GitHub's `rateLimit` reports it. The
 * server fills it in for each request once the query is costed (see
 * `server/fair-load/cost-budget.ts`); it belongs to one client, so a response holding it is
 * never cached or shared.
 */
@ObjectType({ description: "The asking client's cost budget: what this query cost and what is left until resetAt" })
export class RateLimit {
  @Field(() => Int, { description: 'What this query cost, by the same count as the query cost limit (MAX_QUERY_COST)' })
  cost!: number;

  @Field(() => Int, { description: 'Cost the client may spend per window' })
  limit!: number;

  @Field(() => Int, { description: 'Cost left in the current window, after this query' })
  remaining!: number;

  @Field(() => Int, { description: 'Cost spent in the current window, this query included' })
  used!: number;

  @Field(() => Date, { description: 'When the window ends and the whole limit is available again' })
  resetAt!: Date;

  @Field(() => Float, { description: 'The limit spread over the window: cost units per second, on average' })
  restoreRate!: number;
}
