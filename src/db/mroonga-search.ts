import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { databaseEngine } from './database-engine';

/**
 * The Mroonga full-text index of the passages, used by search on MariaDB when the server has the
 * Mroonga plugin (Debian: mariadb-plugin-mroonga, then INSTALL SONAME 'ha_mroonga').
 *
 * Why: InnoDB's boolean-mode full-text search scores every matching passage before the first
 * row comes back, so a common word costs in proportion to the whole table; Groonga's index finds
 * and scores the same matches several times faster (bench/results/search-mroonga.md).
 *
 * How it stays right: Mroonga tables are not transactional, so this table is only ever added to
 * (a passage's id and its text, which never change), and every search joins it to
 * `letter_passage`. A passage a rolled-back ingest wrote, or one a replacement deleted, is still
 * here but no longer in `letter_passage`, so the join drops it: search sees exactly the committed
 * passages, as with InnoDB. Without the plugin nothing here is used and search runs on InnoDB's
 * FULLTEXT index as before.
 */
export const MROONGA_TABLE = 'letter_passage_mroonga';

/** Which full-text index search uses. */
export type SearchIndex = 'fts5' | 'innodb' | 'mroonga';

type Queryable = Pick<DataSource, 'query'> | Pick<QueryRunner, 'query'> | Pick<EntityManager, 'query'>;

/** Whether the MariaDB server has the Mroonga storage engine loaded. */
export async function mroongaAvailable(db: Queryable): Promise<boolean> {
  const rows = (await db.query("SELECT SUPPORT AS support FROM information_schema.ENGINES WHERE ENGINE = 'Mroonga'")) as Array<{
    support: string;
  }>;
  return rows.some((row) => row.support === 'YES' || row.support === 'DEFAULT');
}

async function mroongaTableExists(db: Queryable): Promise<boolean> {
  const rows = (await db.query(
    "SELECT ENGINE AS engine FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND ENGINE = 'Mroonga'",
    [MROONGA_TABLE],
  )) as unknown[];
  return rows.length > 0;
}

/**
 * Creates the table when the plugin is there and the table is not, and copies the passages it
 * lacks (those above its highest id: it is only ever added to in id order). The index is added
 * after the copy, which Groonga builds faster than row by row. Does nothing without the plugin.
 *
 * @returns whether the table is ready
 */
export async function ensureMroongaTable(db: Queryable): Promise<boolean> {
  if (!(await mroongaAvailable(db))) return false;
  const exists = await mroongaTableExists(db);
  if (!exists) {
    // utf8mb4_unicode_ci makes Mroonga normalise as MariaDB compares: case and accents folded.
    await db.query(
      `CREATE TABLE ${MROONGA_TABLE} (id INT NOT NULL PRIMARY KEY, text MEDIUMTEXT NOT NULL)
       ENGINE=Mroonga DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }
  await db.query(
    `INSERT IGNORE INTO ${MROONGA_TABLE} (id, text)
     SELECT id, text FROM letter_passage WHERE id > (SELECT COALESCE(MAX(id), 0) FROM ${MROONGA_TABLE}) ORDER BY id`,
  );
  if (!exists) await db.query(`ALTER TABLE ${MROONGA_TABLE} ADD FULLTEXT INDEX ft_${MROONGA_TABLE}_text (text)`);
  return true;
}

const indexes = new WeakMap<object, Promise<SearchIndex>>();

/**
 * The index search uses on this data source, found once: FTS5 on SQLite; on MariaDB, Mroonga when
 * the plugin is loaded and the table exists, InnoDB FULLTEXT otherwise. `via` is the connection to
 * ask on: a transaction asks on its own, because while concurrent transactions hold every pooled
 * connection, a look-up waiting for one would wait for them and they for it.
 */
export function searchIndexOf(dataSource: DataSource, via: Queryable = dataSource): Promise<SearchIndex> {
  let index = indexes.get(dataSource);
  if (index === undefined) {
    index =
      databaseEngine(dataSource) === 'sqlite'
        ? Promise.resolve('fts5')
        : (async () => ((await mroongaAvailable(via)) && (await mroongaTableExists(via)) ? 'mroonga' : 'innodb'))();
    // A failed look-up is not remembered: the next search asks again.
    index.catch(() => indexes.delete(dataSource));
    indexes.set(dataSource, index);
  }
  return index;
}

/**
 * Adds one assessment's passages, just written in the caller's transaction, to the Mroonga table
 * when search uses it. Runs inside that transaction so it reads the uncommitted rows; Mroonga keeps
 * them even if the transaction rolls back, and the join to `letter_passage` then ignores them.
 */
export async function indexPassagesInMroonga(manager: EntityManager, assessmentId: number): Promise<void> {
  if ((await searchIndexOf(manager.connection, manager)) !== 'mroonga') return;
  await manager.query(`INSERT IGNORE INTO ${MROONGA_TABLE} (id, text) SELECT id, text FROM letter_passage WHERE assessment_id = ?`, [
    assessmentId,
  ]);
}
