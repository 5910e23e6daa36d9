import { runAsStatementCaller, StatementScheduler } from '../../src/db/statement-scheduler';

/** A statement that records when it starts and finishes when `finish` is called. */
function pending(log: string[], name: string): { statement: () => Promise<string>; finish: () => void } {
  let finish: () => void = () => undefined;
  return {
    statement: () => {
      log.push(name);
      return new Promise<string>((resolve) => (finish = () => resolve(name)));
    },
    finish: () => finish(),
  };
}

async function turnsOfTheEventLoop(): Promise<void> {
  for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('StatementScheduler', () => {
  it('runs statements client by client in turn, not in the order they were sent', async () => {
    const scheduler = new StatementScheduler(1);
    const started: string[] = [];
    const statements = [
      ...['g1', 'g2', 'g3', 'g4'].map((name) => ({ client: 'greedy', ...pending(started, name) })),
      { client: 'innocent', ...pending(started, 'i1') },
    ];
    const done = statements.map(({ client, statement }) => runAsStatementCaller({ client, limit: 10 }, () => scheduler.run(statement)));
    for (let index = 0; index < statements.length; index += 1) {
      await turnsOfTheEventLoop();
      // Finish whatever started last.
      statements[['g1', 'g2', 'g3', 'g4', 'i1'].indexOf(started.at(-1)!)]!.finish();
    }
    await Promise.all(done);
    // The innocent statement waited behind one more greedy statement, not behind all three.
    expect(started).toEqual(['g1', 'g2', 'i1', 'g3', 'g4']);
  });

  it('runs at most `limit` statements of one request at once, and statements outside requests at once', async () => {
    const scheduler = new StatementScheduler(10);
    const started: string[] = [];
    const statements = ['a', 'b', 'c'].map((name) => pending(started, name));
    const done = runAsStatementCaller({ client: 'one', limit: 2 }, () => statements.map(({ statement }) => scheduler.run(statement)));
    await turnsOfTheEventLoop();
    expect(started).toEqual(['a', 'b']);
    const outside = pending(started, 'outside');
    const direct = scheduler.run(outside.statement);
    expect(started).toEqual(['a', 'b', 'outside']);
    statements[0]!.finish();
    await turnsOfTheEventLoop();
    expect(started).toEqual(['a', 'b', 'outside', 'c']);
    statements[1]!.finish();
    statements[2]!.finish();
    outside.finish();
    expect(await Promise.all([...done, direct])).toEqual(['a', 'b', 'c', 'outside']);
  });
});
