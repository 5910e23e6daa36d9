import { type ExecutionSlot, FairAdmission } from '../../../src/server/fair-load/fair-admission';

interface Granted {
  client: string;
  slot: ExecutionSlot;
}

/** Asks for a slot for `client`; once granted, it is appended to `granted`. */
function admitInto(admission: FairAdmission, client: string, granted: Granted[]): void {
  void admission.admit(client).then((outcome) => {
    if (outcome.admitted) granted.push({ client, slot: outcome.slot });
  });
}

async function turnsOfTheEventLoop(): Promise<void> {
  for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('FairAdmission', () => {
  it('gives freed slots to waiting clients in turn, not in arrival order', async () => {
    const admission = new FairAdmission({ slots: 1, queueLimit: 100, timeoutMs: 10_000 });
    const granted: Granted[] = [];
    for (let request = 0; request < 6; request += 1) admitInto(admission, 'greedy', granted);
    admitInto(admission, 'innocent', granted);
    admitInto(admission, 'other', granted);
    await turnsOfTheEventLoop();
    expect(admission.load).toEqual({ running: 1, waiting: 7 });
    // Each grant's holder finishes in turn, handing its slot on.
    for (let index = 0; index < 8; index += 1) {
      granted[index]!.slot.release();
      await turnsOfTheEventLoop();
    }
    // The innocent and the other client each waited behind one more greedy request, not behind all five.
    expect(granted.map((grant) => grant.client)).toEqual(['greedy', 'greedy', 'innocent', 'other', 'greedy', 'greedy', 'greedy', 'greedy']);
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once when the queue is full, and after the wait runs out', async () => {
    const admission = new FairAdmission({ slots: 1, queueLimit: 1, timeoutMs: 50 });
    const held = await admission.admit('a');
    expect(held.admitted).toBe(true);
    const queued = admission.admit('b');
    expect(await admission.admit('c')).toEqual({ admitted: false, reason: 'queue full' });
    expect(await queued).toEqual({ admitted: false, reason: 'waited too long' });
    expect(admission.load).toEqual({ running: 1, waiting: 0 });
    if (held.admitted) held.slot.release();
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
  });
});
