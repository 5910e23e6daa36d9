/** A slot to execute in; give it back exactly once when the operation is answered. */
export interface ExecutionSlot {
  release(): void;
}

/** Why an operation got no slot: the queue was full, or its wait ran out. */
export type Admission = { admitted: true; slot: ExecutionSlot } | { admitted: false; reason: 'queue full' | 'waited too long' };

export interface FairAdmissionSettings {
  /** Operations executing at once. */
  slots: number;
  /** Operations waiting at most; more are refused at once. */
  queueLimit: number;
  /** Longest wait for a slot. */
  timeoutMs: number;
}

interface Waiter {
  grant(slot: ExecutionSlot): void;
}

/**
 * Admission control with fair queuing. At most `slots` operations execute at once, so the
 * database pool's queue stays bounded however many arrive; the others wait, and a freed slot
 * goes to the waiting clients in turn (round robin, each client's own requests in order), not
 * to whoever queued most: a client with one request waits behind at most one request of each
 * other client, however many those have queued. A full queue, or a wait longer than
 * `timeoutMs`, is refused (the caller answers 503 OVERLOADED) rather than left to time out
 * inside the database.
 */
export class FairAdmission {
  private running = 0;
  private waitingCount = 0;
  /** Each client's waiting operations; Map order is the turn order. */
  private readonly queues = new Map<string, Waiter[]>();

  constructor(private readonly settings: FairAdmissionSettings) {}

  /** Operations executing now, and waiting: for tests and metrics. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waitingCount };
  }

  private slot(): ExecutionSlot {
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.handOn();
      },
    };
  }

  /** A slot was given back: to the next client in turn, or free. */
  private handOn(): void {
    for (const [client, waiters] of this.queues) {
      const next = waiters.shift();
      // The client goes to the back of the turn order, or leaves it with nothing waiting.
      this.queues.delete(client);
      if (waiters.length > 0) this.queues.set(client, waiters);
      if (next === undefined) continue;
      this.waitingCount -= 1;
      next.grant(this.slot());
      return;
    }
    this.running -= 1;
  }

  async admit(client: string): Promise<Admission> {
    if (this.running < this.settings.slots) {
      this.running += 1;
      return { admitted: true, slot: this.slot() };
    }
    if (this.waitingCount >= this.settings.queueLimit) return { admitted: false, reason: 'queue full' };
    return new Promise<Admission>((resolve) => {
      const waiter: Waiter = {
        grant: (slot) => {
          clearTimeout(timer);
          resolve({ admitted: true, slot });
        },
      };
      const timer = setTimeout(() => {
        const waiters = this.queues.get(client);
        const at = waiters?.indexOf(waiter) ?? -1;
        if (waiters === undefined || at < 0) return;
        waiters.splice(at, 1);
        if (waiters.length === 0) this.queues.delete(client);
        this.waitingCount -= 1;
        resolve({ admitted: false, reason: 'waited too long' });
      }, this.settings.timeoutMs);
      const waiters = this.queues.get(client);
      if (waiters) waiters.push(waiter);
      else this.queues.set(client, [waiter]);
      this.waitingCount += 1;
    });
  }
}
