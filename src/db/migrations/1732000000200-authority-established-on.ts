import type { MigrationInterface, QueryRunner } from 'typeorm';
import { databaseEngine } from '../database-engine';
import { referenceAuthorities } from '../../reference/reference-authorities';

/**
 * Records when an authority took on children's services, so that the aggregates of 2005-2008
 * leave out the four councils created on 1 April 2009 (Bedford, Central Bedfordshire, Cheshire
 * East, Cheshire West and Chester), as they already leave out Bedfordshire and Cheshire in 2009.
 * The dates come from the reference data, the only source of authorities.
 */
export class AuthorityEstablishedOn1732000000200 implements MigrationInterface {
  name = 'AuthorityEstablishedOn1732000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // MariaDB can place the column beside abolished_on; SQLite only appends.
    await queryRunner.query(
      databaseEngine(queryRunner.connection) === 'mysql'
        ? 'ALTER TABLE authority ADD COLUMN established_on DATE NULL AFTER abolished_on'
        : 'ALTER TABLE authority ADD COLUMN established_on DATE NULL',
    );
    for (const authority of referenceAuthorities()) {
      if (authority.establishedOn === null) continue;
      await queryRunner.query('UPDATE authority SET established_on = ? WHERE la_code = ?', [authority.establishedOn, authority.laCode]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // SQLite has had DROP COLUMN since 3.35 (better-sqlite3 12 bundles a later one).
    await queryRunner.query('ALTER TABLE authority DROP COLUMN established_on');
  }
}
