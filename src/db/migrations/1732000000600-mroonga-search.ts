import type { MigrationInterface, QueryRunner } from 'typeorm';
import { databaseEngine } from '../database-engine';
import { ensureMroongaTable, MROONGA_TABLE } from '../mroonga-search';

/**
 * The Mroonga full-text table search prefers on MariaDB (see src/db/mroonga-search.ts), created
 * and filled from the stored passages when the server has the Mroonga plugin. Without it this
 * does nothing, search stays on InnoDB's FULLTEXT index, and `ofsted-graph migrate` creates the
 * table once the plugin is installed. SQLite searches with FTS5 and needs nothing.
 */
export class MroongaSearch1732000000600 implements MigrationInterface {
  name = 'MroongaSearch1732000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (databaseEngine(queryRunner.connection) === 'mysql') await ensureMroongaTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (databaseEngine(queryRunner.connection) === 'mysql') await queryRunner.query(`DROP TABLE IF EXISTS ${MROONGA_TABLE}`);
  }
}
