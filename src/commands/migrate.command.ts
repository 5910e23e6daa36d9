import type { Command } from 'commander';
import { loadConfig } from '../config';
import { describeDatabase } from '../db/describe-database';
import { createDatabaseIfMissing, openDatabase } from '../db/open-database';
import { databaseEngine } from '../db/database-engine';
import { ensureMroongaTable } from '../db/mroonga-search';

/**
 * `ofsted-graph migrate [--create-database]`: runs the pending migrations and lists what ran.
 * A MariaDB database that does not exist is an error that says how to create it, or, with
 * `--create-database`, is created first (when the user has the privilege).
 */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('run pending database migrations and print what ran')
    .option('--create-database', 'create the MariaDB/MySQL database DATABASE_URL names if it does not exist (needs the CREATE privilege)')
    .action(async (options: { createDatabase?: boolean }) => {
      const { database, databaseTuning } = loadConfig();
      process.stdout.write(`Database: ${describeDatabase(database)}\n`);
      if (options.createDatabase === true && (await createDatabaseIfMissing(database, databaseTuning))) {
        process.stdout.write('Created the database (utf8mb4).\n');
      }
      const dataSource = await openDatabase(database, databaseTuning);
      try {
        const ran = await dataSource.runMigrations();
        if (ran.length === 0) process.stdout.write('No pending migrations: the database is up to date.\n');
        else {
          process.stdout.write(`Ran ${ran.length} migration(s):\n`);
          for (const migration of ran) process.stdout.write(`  ${migration.name}\n`);
        }
        // The Mroonga plugin may have been installed since the migration that looks for it ran.
        if (databaseEngine(dataSource) === 'mysql') {
          const mroonga = await ensureMroongaTable(dataSource);
          process.stdout.write(
            mroonga ? 'Search: Mroonga full-text index.\n' : 'Search: InnoDB FULLTEXT index (the Mroonga plugin is not loaded).\n',
          );
        }
      } finally {
        await dataSource.destroy();
      }
    });
}
