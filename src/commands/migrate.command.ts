import type { Command } from 'commander';
import { type DatabaseConfig, loadConfig } from '../config';
import { createDataSource } from '../db/data-source';

/** Names the database without its password, so the output is safe to paste into a ticket. */
function describeDatabase(database: DatabaseConfig): string {
  if (database.type === 'sqlite') return `SQLite file ${database.file}`;
  const url = new URL(database.url);
  if (url.password !== '') url.password = '***';
  return `MySQL ${url.toString()}`;
}

/** `ofsted-graph migrate`: runs the pending migrations and lists what ran. */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('run pending database migrations and print what ran')
    .action(async () => {
      const { database } = loadConfig();
      process.stdout.write(`Database: ${describeDatabase(database)}\n`);
      const dataSource = createDataSource(database);
      await dataSource.initialize();
      try {
        const ran = await dataSource.runMigrations();
        if (ran.length === 0) {
          process.stdout.write('No pending migrations: the database is up to date.\n');
          return;
        }
        process.stdout.write(`Ran ${ran.length} migration(s):\n`);
        for (const migration of ran) process.stdout.write(`  ${migration.name}\n`);
      } finally {
        await dataSource.destroy();
      }
    });
}
