import type { MigrationInterface, QueryRunner } from 'typeorm';
import { referenceAuthorities } from '../../reference/reference-authorities';

/**
 * Loads every authority of 2009 (plus Bedfordshire and Cheshire, abolished that April) with
 * its statistical neighbours, so that every letter finds its authority already there.
 */
export class ReferenceAuthorities1732000000001 implements MigrationInterface {
  name = 'ReferenceAuthorities1732000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const authorities = referenceAuthorities();
    for (const authority of authorities) {
      await queryRunner.query(
        'INSERT INTO authority (la_code, name, short_name, ons_code, region, kind, abolished_on) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [authority.laCode, authority.name, authority.shortName, authority.onsCode, authority.region, authority.kind, authority.abolishedOn],
      );
    }
    const rows: Array<{ id: number; la_code: string }> = await queryRunner.query('SELECT id, la_code FROM authority');
    const idByCode = new Map(rows.map((row) => [row.la_code, Number(row.id)]));
    for (const authority of authorities) {
      const ownId = idByCode.get(authority.laCode);
      for (const [index, code] of authority.statisticalNeighbourCodes.entries()) {
        await queryRunner.query('INSERT INTO statistical_neighbour (authority_id, neighbour_id, `rank`) VALUES (?, ?, ?)', [
          ownId,
          idByCode.get(code),
          index + 1,
        ]);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM statistical_neighbour');
    await queryRunner.query('DELETE FROM authority');
  }
}
