import type mysql from 'mysql2/promise';

/**
 * MariaDB's per-user statistics (userstat): each server under test connects as a user of its
 * own, so its statements and bytes are counted apart from everything else on the database
 * server, including the bench's own queries and anyone else's.
 */
export interface DbCounters {
  statements: number;
  selects: number;
  bytesSent: number;
  rowsRead: number;
  cpuSeconds: number;
  busySeconds: number;
}

export const ZERO: DbCounters = { statements: 0, selects: 0, bytesSent: 0, rowsRead: 0, cpuSeconds: 0, busySeconds: 0 };

export async function enableUserStatistics(admin: mysql.Connection): Promise<() => Promise<void>> {
  const [rows] = (await admin.query("SHOW GLOBAL VARIABLES LIKE 'userstat'")) as unknown as [Array<{ Value: string }>];
  const before = rows[0]?.Value ?? 'OFF';
  await admin.query('SET GLOBAL userstat = ON');
  return async () => {
    if (before === 'OFF') await admin.query('SET GLOBAL userstat = OFF');
  };
}

export async function createBenchUser(admin: mysql.Connection, user: string): Promise<void> {
  await admin.query(`CREATE USER IF NOT EXISTS '${user}'@'%'`);
  await admin.query(`GRANT ALL PRIVILEGES ON \`ofsted\\_bench\\_%\`.* TO '${user}'@'%'`);
}

export async function dropBenchUser(admin: mysql.Connection, user: string): Promise<void> {
  await admin.query(`DROP USER IF EXISTS '${user}'@'%'`);
}

export async function counters(admin: mysql.Connection, user: string): Promise<DbCounters> {
  const [rows] = (await admin.query(
    `SELECT SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS, BYTES_SENT, ROWS_READ, CPU_TIME, BUSY_TIME
       FROM information_schema.USER_STATISTICS WHERE USER = ?`,
    [user],
  )) as unknown as [Array<Record<string, number | string>>];
  const row = rows[0];
  if (!row) return { ...ZERO };
  return {
    statements: Number(row.SELECT_COMMANDS) + Number(row.UPDATE_COMMANDS) + Number(row.OTHER_COMMANDS),
    selects: Number(row.SELECT_COMMANDS),
    bytesSent: Number(row.BYTES_SENT),
    rowsRead: Number(row.ROWS_READ),
    cpuSeconds: Number(row.CPU_TIME),
    busySeconds: Number(row.BUSY_TIME),
  };
}

export function difference(after: DbCounters, before: DbCounters): DbCounters {
  return {
    statements: after.statements - before.statements,
    selects: after.selects - before.selects,
    bytesSent: after.bytesSent - before.bytesSent,
    rowsRead: after.rowsRead - before.rowsRead,
    cpuSeconds: after.cpuSeconds - before.cpuSeconds,
    busySeconds: after.busySeconds - before.busySeconds,
  };
}

/**
 * A user's counters once they stop moving: requests still in flight when a load run ends (autocannon
 * stops waiting for them) finish afterwards, and their statements must not be counted as the next
 * operation's. Reads the counters until two reads `quietMs` apart agree, for at most `timeoutMs`.
 */
export async function settledCounters(admin: mysql.Connection, user: string, quietMs = 300, timeoutMs = 15_000): Promise<DbCounters> {
  const deadline = Date.now() + timeoutMs;
  let previous = await counters(admin, user);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const current = await counters(admin, user);
    if (current.statements === previous.statements || Date.now() > deadline) return current;
    previous = current;
  }
}
