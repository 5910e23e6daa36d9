import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { databaseEngine } from '../../src/db/database-engine';

/** Each table's row count and a SHA-256 over all its rows, by table name. */
export type TableFingerprint = Record<string, { rows: number; checksum: string }>;

/** Every table of the database: on SQLite also the full-text index's shadow tables and sqlite_sequence. */
async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> =
    databaseEngine(dataSource) === 'mysql'
      ? await dataSource.query(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
        )
      : await dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table'");
  return rows.map((row) => row.name).sort();
}

function serialise(row: Record<string, unknown>): string {
  return JSON.stringify(
    Object.entries(row).sort(([left], [right]) => left.localeCompare(right)),
    (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value),
  );
}

/**
 * A fingerprint of every table: its number of rows and a checksum of their contents, order
 * aside. Two equal fingerprints taken before and after an operation prove it wrote nothing,
 * whatever table it might have touched, including ones added after this helper was written.
 */
export async function fingerprintTables(dataSource: DataSource): Promise<TableFingerprint> {
  const fingerprint: TableFingerprint = {};
  for (const table of await tableNames(dataSource)) {
    const quoted = databaseEngine(dataSource) === 'mysql' ? `\`${table}\`` : `"${table}"`;
    const rows: Array<Record<string, unknown>> = await dataSource.query(`SELECT * FROM ${quoted}`);
    const serialised = rows.map(serialise).sort();
    fingerprint[table] = { rows: rows.length, checksum: createHash('sha256').update(serialised.join('\n')).digest('hex') };
  }
  return fingerprint;
}
