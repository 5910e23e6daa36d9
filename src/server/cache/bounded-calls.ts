/**
 * Runs calls to an optional service (the Redis cache) with a deadline, and stops calling it
 * while it misbehaves. A paused or partitioned Redis keeps its TCP connection open and never
 * answers; without a deadline every request would wait on its cache lookup for as long as the
 * outage lasts. After a failure or a timeout, calls return their fallback at once, and a probe
 * in the background tries the service every `retryMs` until it answers again.
 */
export interface BoundedCalls {
  /** `work()`'s result within the deadline, else `fallback` (also while the service is known to be down). */
  run<T>(work: () => Promise<T>, fallback: T): Promise<T>;
  /** Whether calls currently go to the service. */
  readonly available: boolean;
  /** Stops the background probe. */
  stop(): void;
}

export interface BoundedCallsOptions {
  timeoutMs: number;
  /** How often the background probe tries the service while it is down. */
  retryMs: number;
  /** A cheap call that succeeds when the service works again. */
  probe: () => Promise<unknown>;
  /** Told once per outage, and once when the service is back. */
  onChange: (available: boolean, error?: unknown) => void;
}

class Timeout extends Error {}

function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Timeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeUp]).finally(() => clearTimeout(timer));
}

export function boundedCalls(options: BoundedCallsOptions): BoundedCalls {
  let available = true;
  let probing: NodeJS.Timeout | undefined;

  const stopProbing = (): void => {
    if (probing !== undefined) clearInterval(probing);
    probing = undefined;
  };
  const markDown = (error: unknown): void => {
    if (!available) return;
    available = false;
    options.onChange(false, error);
    let inFlight = false;
    probing = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      withDeadline(options.probe(), options.timeoutMs)
        .then(() => {
          available = true;
          stopProbing();
          options.onChange(true);
        })
        .catch(() => undefined)
        .finally(() => {
          inFlight = false;
        });
    }, options.retryMs);
    probing.unref();
  };

  return {
    async run<T>(work: () => Promise<T>, fallback: T): Promise<T> {
      if (!available) return fallback;
      try {
        return await withDeadline(work(), options.timeoutMs);
      } catch (error) {
        markDown(error);
        return fallback;
      }
    },
    get available() {
      return available;
    },
    stop: stopProbing,
  };
}
