import { AsyncLocalStorage } from 'node:async_hooks';

/** Who sends a statement: the request it belongs to, and the client that sent the request. */
export interface StatementCaller {
  /** Requests of one client take turns with those of other clients. */
  client: string;
  /** Statements this request may have running at once. */
  limit: number;
}

interface Caller extends StatementCaller {
  running: number;
}

interface Waiter {
  caller: Caller;
  go(): void;
}

const storage = new AsyncLocalStorage<Caller>();

/**
 * Runs `work`, and everything it starts (resolvers, DataLoaders), as one caller of the data
 * sources' statement schedulers: its statements take turns with other clients' and at most
 * `limit` of them run at once.
 */
export function runAsStatementCaller<T>(caller: StatementCaller, work: () => T): T {
  return storage.run({ ...caller, running: 0 }, work);
}

/**
 * Fair queuing of SQL statements in front of the database. At most `capacity` statements run at
 * once (the MySQL pool's size: the pool's own queue then never grows, and DATABASE_QUEUE_LIMIT
 * and the acquire timeout are only met when the database itself stops answering; one on
 * SQLite, whose statements block the event loop). Statements past that wait, and a freed place
 * goes to the waiting clients in turn, one statement each, rather than first come first served:
 * a request of 148 statements no longer puts them all in front of a council page's three, which
 * waits behind at most one statement of each other client. Each request also has its own
 * limit of running statements, so one request cannot take every place of its client's turns.
 *
 * Places are handed on in a later turn of the event loop (`setImmediate`), so that while
 * statements queue the server still reads new requests and answers finished ones: on SQLite
 * a chain of synchronous statements resolved from one another would otherwise hold the event
 * loop for as long as the queue lasts. Statements outside any request (migrations, ingest from
 * the command line, the readiness check) are not scheduled.
 */
export class StatementScheduler {
  private running = 0;
  /** Each client's waiting statements, in order; Map order is the turn order. */
  private readonly queues = new Map<string, Waiter[]>();

  constructor(private readonly capacity: number) {}

  /** Runs `statement` when its caller's turn comes; at once when it has no caller. */
  async run<T>(statement: () => Promise<T>): Promise<T> {
    const caller = storage.getStore();
    if (caller === undefined) return statement();
    await this.acquire(caller);
    try {
      return await statement();
    } finally {
      this.release(caller);
    }
  }

  private acquire(caller: Caller): Promise<void> {
    if (this.running < this.capacity && caller.running < caller.limit && !this.queues.has(caller.client)) {
      this.running += 1;
      caller.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const waiter: Waiter = { caller, go: resolve };
      const queue = this.queues.get(caller.client);
      if (queue) queue.push(waiter);
      else this.queues.set(caller.client, [waiter]);
    });
  }

  private release(caller: Caller): void {
    this.running -= 1;
    caller.running -= 1;
    setImmediate(() => this.handOn());
  }

  /** Gives free places to waiting statements, one client after another. */
  private handOn(): void {
    let progressed = true;
    while (this.running < this.capacity && progressed) {
      progressed = false;
      for (const [client, queue] of this.queues) {
        if (this.running >= this.capacity) break;
        // The client's first statement whose request is under its own limit.
        const at = queue.findIndex((waiter) => waiter.caller.running < waiter.caller.limit);
        if (at < 0) continue;
        const [waiter] = queue.splice(at, 1);
        // The client goes to the back of the turn order, or leaves it with nothing waiting.
        this.queues.delete(client);
        if (queue.length > 0) this.queues.set(client, queue);
        this.running += 1;
        waiter!.caller.running += 1;
        waiter!.go();
        progressed = true;
      }
    }
  }
}
