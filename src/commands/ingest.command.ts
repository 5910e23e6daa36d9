import type { Command } from 'commander';
import type { DataSource } from 'typeorm';
import { clearResponseCache } from '../server/cache/cache-clearing';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { formatSummary } from '../ingest/format-ingest-report';
import { createProgressReporter } from '../ingest/ingest-progress-reporter';
import { ingestPaths } from '../ingest/ingest-paths';
import type { IngestSummary } from '../ingest/ingest-summary';

/**
 * `ofsted-graph ingest PATH...`: stores every letter found under the paths, one transaction
 * per letter, then prints a summary; the exit code is 1 when any file failed.
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('parse letters and store them in the database (each letter in its own transaction)')
    .argument('<paths...>', 'letter files or folders, searched recursively for .txt .html .htm .md .pdf .docx .doc')
    .action(async (paths: string[]) => {
      const config = loadConfig();
      const dataSource = createDataSource(config.database);
      await dataSource.initialize();
      try {
        // A fresh database has no authorities to attach letters to until it is migrated.
        const migrations = await dataSource.runMigrations();
        if (migrations.length > 0) process.stdout.write(`Applied ${migrations.length} pending migration(s) first.\n`);
        const summary = await ingestWithProgress(dataSource, paths);
        process.stdout.write(`${formatSummary(summary)}\n`);
        // Servers sharing a Redis response cache would otherwise answer from before this run.
        if (summary.ingested + summary.replaced > 0 && (await clearResponseCache(config))) {
          process.stdout.write('Cleared the shared response cache.\n');
        }
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        await dataSource.destroy();
      }
    });
}

async function ingestWithProgress(dataSource: DataSource, paths: string[]): Promise<IngestSummary> {
  const reporter = createProgressReporter(process.stdout);
  try {
    return await ingestPaths(dataSource, paths, { onProgress: (event) => reporter.onProgress(event) });
  } finally {
    reporter.stop();
  }
}
