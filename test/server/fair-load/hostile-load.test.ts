import { loadBundledLetters } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { abusiveQuery, COUNCIL_PAGE, loopClient, statusCounts, type Timed, timedPost, UNLIMITED_BUDGET } from './hostile-clients';

/** How long the attack lasts. */
const ATTACK_MS = 10_000;

function median(answers: Timed[]): number {
  const times = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
/** How long the attack runs before the innocent client starts asking. */
const WARM_UP_MS = 1_000;
/** Connections each abusive client loops on. */
const ABUSIVE_CONNECTIONS = 8;

describe.each(ENGINES)('two clients looping 148-statement queries on %s', (engine) => {
  // No budget stops them here: the fair queue and the statement budget alone must keep everyone served.
  const api = useTestServer(engine, { load: UNLIMITED_BUDGET, seed: (server) => loadBundledLetters(server.database.dataSource) });

  it('cannot make an innocent client fail or wait behind them, nor anyone get a 5xx, nor /readyz say 503', async () => {
    const { url } = api.server;
    const origin = new URL(url).origin;
    let over = false;
    const stop = (): boolean => over;
    const abusers = [
      loopClient(url, { 'x-api-key': 'abuser-one' }, ABUSIVE_CONNECTIONS, (n) => abusiveQuery(`a${n}`), stop),
      loopClient(url, { 'x-api-key': 'abuser-two' }, ABUSIVE_CONNECTIONS, (n) => abusiveQuery(`b${n}`), stop),
    ];
    const innocent: Timed[] = [];
    const readiness: number[] = [];
    const watching = (async () => {
      // The attack's first burst arrives all at once and is parsed, validated and costed before anything waits its
      // turn; the innocent client comes in once the attack is under way, as it would meet a running one.
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
      while (!over) {
        // The innocent client is known by its address: it sends no key.
        innocent.push(await timedPost(url, COUNCIL_PAGE));
        readiness.push((await fetch(`${origin}/readyz`)).status);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, ATTACK_MS));
    over = true;
    const [one, two] = await Promise.all(abusers);
    await watching;

    const abusive = [...one!, ...two!];
    // Figures for the record of the run.
    process.stdout.write(
      `${engine}: abusive answers ${JSON.stringify(statusCounts(abusive))}, innocent ${innocent.length} (ms: ${innocent.map((answer) => Math.round(answer.ms)).join(',')}), ` +
        `abusive median ${Math.round(median(abusive))} ms, readyz ${JSON.stringify(readiness.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {}))}\n`,
    );
    expect(abusive.length).toBeGreaterThan(10);
    expect(abusive.filter((answer) => answer.status >= 500)).toEqual([]);
    expect(abusive.filter((answer) => answer.code === 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(innocent.length).toBeGreaterThanOrEqual(2);
    expect(innocent.filter((answer) => answer.status !== 200).map((answer) => answer.code)).toEqual([]);
    // The innocent takes turns with the abusers rather than queuing behind their statements: its typical answer is
    // quicker than theirs. (A bound relative to the abusers', as the machine's own load sets the absolute times.)
    expect(median(innocent)).toBeLessThan(median(abusive));
    expect(readiness.filter((status) => status !== 200)).toEqual([]);
  }, 60_000);
});
