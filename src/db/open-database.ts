import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { type DatabaseConfig, DEFAULT_DATABASE_TUNING, type DatabaseTuning } from '../config';
import { createDataSource } from './data-source';
import { createDatabaseStatement, DatabaseSetupError, explainSetupError, mysqlTarget } from './database-setup-errors';

/**
 * Opens the data source once, for the commands that run and exit (`migrate`, `ingest`). A
 * set-up problem comes back as a {@link DatabaseSetupError} that says what to do, not as the
 * driver's bare "Unknown database 'x'".
 */
export async function openDatabase(database: DatabaseConfig, tuning: DatabaseTuning = DEFAULT_DATABASE_TUNING): Promise<DataSource> {
  const dataSource = createDataSource(database, { tuning });
  try {
    return await dataSource.initialize();
  } catch (error) {
    throw explainSetupError(error, database) ?? error;
  }
}

/**
 * Creates the MariaDB/MySQL database `DATABASE_URL` names if it is missing (`migrate
 * --create-database`), with the character set the migrations expect. Connects without a
 * database, so it works before one exists; refused without the CREATE privilege, which then
 * says so. Nothing to do on SQLite, whose file is created when it is opened.
 *
 * @returns whether a database was created
 */
export async function createDatabaseIfMissing(
  database: DatabaseConfig,
  tuning: DatabaseTuning = DEFAULT_DATABASE_TUNING,
): Promise<boolean> {
  if (database.type !== 'mysql') return false;
  const url = new URL(database.url);
  const { database: name, user, host } = mysqlTarget(database.url);
  url.pathname = '/';
  let connection;
  try {
    connection = await createConnection({ uri: url.toString(), connectTimeout: tuning.connectTimeoutMs });
  } catch (error) {
    throw explainSetupError(error, database) ?? error;
  }
  try {
    const [rows] = await connection.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name]);
    if (Array.isArray(rows) && rows.length > 0) return false;
    await connection.query(createDatabaseStatement(name));
    return true;
  } catch (error) {
    const { errno } = error as { errno?: unknown };
    // ER_DBACCESS_DENIED_ERROR / ER_SPECIFIC_ACCESS_DENIED_ERROR: no CREATE privilege.
    if (errno === 1044 || errno === 1227) {
      throw new DatabaseSetupError(
        `User "${user}" may not create databases on ${host}. Ask an administrator to run: ${createDatabaseStatement(name)}; ` +
          `GRANT ALL PRIVILEGES ON \`${name}\`.* TO '${user}'@'%';`,
        'ER_DBACCESS_DENIED_ERROR',
        false,
      );
    }
    throw error;
  } finally {
    await connection.end();
  }
}
