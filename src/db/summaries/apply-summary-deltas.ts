import type { EntityManager } from 'typeorm';
import { databaseEngine } from '../database-engine';
import { type SummaryDelta, type SummaryDeltas } from './assessment-contribution';
import { SUMMARY_COUNTS, SUMMARY_KEYS, SUMMARY_TABLE, type SummaryTableName } from './summary-tables';

const TABLES: readonly SummaryTableName[] = ['grades', 'settingCoverage', 'settingJudgements'];

/**
 * Adds the deltas to the summary rows inside the caller's transaction: one multi-row upsert
 * per table that has a non-zero delta (INSERT ... ON DUPLICATE KEY UPDATE on MariaDB/MySQL,
 * INSERT ... ON CONFLICT DO UPDATE on SQLite), each column incremented rather than set, so
 * two transactions adding to the same row both count. Rows go in key order so that concurrent
 * ingests lock shared rows in the same order.
 */
export async function applySummaryDeltas(manager: EntityManager, deltas: SummaryDeltas): Promise<void> {
  const engine = databaseEngine(manager.connection);
  for (const table of TABLES) {
    const rows = [...deltas[table].entries()]
      .filter(([, delta]) => delta.counts.some((value) => value !== 0))
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
      .map(([, delta]) => delta);
    if (rows.length > 0) await manager.query(upsertStatement(engine, table, rows.length), rows.flatMap(rowParameters));
  }
}

function rowParameters(delta: SummaryDelta): (string | number)[] {
  return [...delta.key, ...delta.counts];
}

function upsertStatement(engine: 'mysql' | 'sqlite', table: SummaryTableName, rowCount: number): string {
  const keys = SUMMARY_KEYS[table];
  const counts = SUMMARY_COUNTS[table];
  const columns = [...keys, ...counts];
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  const values = Array.from({ length: rowCount }, () => placeholders).join(', ');
  const insert = `INSERT /* summary-upsert */ INTO ${SUMMARY_TABLE[table]} (${columns.join(', ')}) VALUES ${values}`;
  if (engine === 'mysql') {
    return `${insert} ON DUPLICATE KEY UPDATE ${counts.map((column) => `${column} = ${column} + VALUES(${column})`).join(', ')}`;
  }
  return `${insert} ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${counts.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')}`;
}
