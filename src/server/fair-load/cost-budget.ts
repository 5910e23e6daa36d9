import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from '../../resolvers/rate-limit/rate-limit.type';

export interface CostBudgetSettings {
  /** Cost a client may spend per window. */
  points: number;
  windowSeconds: number;
}

/** What charging a query did: its budget afterwards, and whether it may run. */
export type Charge = { allowed: true; status: RateLimit } | { allowed: false; status: RateLimit; retryAfterSeconds: number };

/**
 * Each client's query cost budget: `points` per window of `windowSeconds`, counted by
 * rate-limiter-flexible in this process's memory (a fixed window that starts with the client's
 * first request in it; the whole budget is back when it ends). A query is charged its cost
 * before it runs, as Shopify and GitHub charge theirs; one that does not fit what is left is
 * refused and charges nothing.
 */
export class CostBudget {
  private readonly limiter: RateLimiterMemory;

  constructor(private readonly settings: CostBudgetSettings) {
    this.limiter = new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds });
  }

  private status(cost: number, result: RateLimiterRes | null): RateLimit {
    const used = Math.min(result?.consumedPoints ?? 0, this.settings.points);
    const msBeforeNext = result?.msBeforeNext ?? this.settings.windowSeconds * 1000;
    return {
      cost,
      limit: this.settings.points,
      used,
      remaining: this.settings.points - used,
      resetAt: new Date(Date.now() + Math.max(msBeforeNext, 0)),
      restoreRate: this.settings.points / this.settings.windowSeconds,
    };
  }

  /** Charges `cost` to `client` when it fits in what is left of its window. */
  async charge(client: string, cost: number): Promise<Charge> {
    const before = await this.limiter.get(client);
    const remaining = this.settings.points - (before?.consumedPoints ?? 0);
    if (cost > remaining) {
      // Not charged: a refused query costs the server nothing, and the client sees what it has left.
      const status = this.status(cost, before);
      return { allowed: false, status, retryAfterSeconds: Math.max(1, Math.ceil((before?.msBeforeNext ?? 1000) / 1000)) };
    }
    try {
      return { allowed: true, status: this.status(cost, await this.limiter.consume(client, cost)) };
    } catch (rejected) {
      // Another request of the client's took the rest between the look and the charge.
      if (!(rejected instanceof RateLimiterRes)) throw rejected;
      await this.limiter.reward(client, cost);
      const status = this.status(cost, await this.limiter.get(client));
      return { allowed: false, status, retryAfterSeconds: Math.max(1, Math.ceil(rejected.msBeforeNext / 1000)) };
    }
  }
}
