import type { DataSource } from 'typeorm';

/** The two engines the product runs on; where their SQL differs, code branches on this. */
export type DatabaseEngine = 'mysql' | 'sqlite';

/** Which engine a data source talks to (MySQL and MariaDB both count as `mysql`). */
export function databaseEngine(dataSource: Pick<DataSource, 'options'>): DatabaseEngine {
  return dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite';
}
