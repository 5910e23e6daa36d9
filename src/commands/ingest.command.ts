import type { Command } from 'commander';
import type { DataSource } from 'typeorm';
import { clearResponseCache } from '../server/cache/cache-clearing';
import { loadConfig } from '../config';
import { describeDatabase } from '../db/describe-database';
import { openDatabase } from '../db/open-database';
import { formatSummary } from '../ingest/format-ingest-report';
import { formatQualityTable } from '../ingest/format-quality-table';
import { createProgressReporter } from '../ingest/ingest-progress-reporter';
import { ingestPaths } from '../ingest/ingest-paths';
import { ingestExitCode, type IngestSummary } from '../ingest/ingest-summary';

/**
 * `ofsted-graph ingest [--replace] PATH...`: stores every letter found under the paths, one
 * transaction per letter, then prints a summary and a table of what each file gave. Exit code
 * 1 when any file failed, else 2 when any conflicted with a stored letter, else 0.
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('parse letters and store them in the database (each letter in its own transaction)')
    .argument('<paths...>', 'letter files or folders, searched recursively for .txt .html .htm .md .pdf .docx .doc')
    .option('--replace', 'store a different letter for an assessment already held as its new version (kept as a revision)')
    .action(async (paths: string[], options: { replace?: boolean }) => {
      const config = loadConfig();
      process.stdout.write(`Database: ${describeDatabase(config.database)}\n`);
      const dataSource = await openDatabase(config.database, config.databaseTuning);
      try {
        // A fresh database has no authorities to attach letters to until it is migrated.
        const migrations = await dataSource.runMigrations();
        if (migrations.length > 0) process.stdout.write(`Applied ${migrations.length} pending migration(s) first.\n`);
        const summary = await ingestWithProgress(dataSource, paths, options.replace === true);
        process.stdout.write(`${formatSummary(summary)}\n`);
        if (summary.results.length > 0) process.stdout.write(`\n${formatQualityTable(summary.results)}\n`);
        // Servers sharing a Redis response cache would otherwise answer from before this run.
        if (summary.ingested + summary.replaced > 0 && (await clearResponseCache(config))) {
          process.stdout.write('Cleared the shared response cache.\n');
        }
        process.exitCode = ingestExitCode(summary);
      } finally {
        await dataSource.destroy();
      }
    });
}

async function ingestWithProgress(dataSource: DataSource, paths: string[], replace: boolean): Promise<IngestSummary> {
  const reporter = createProgressReporter(process.stdout);
  try {
    return await ingestPaths(dataSource, paths, { replace, onProgress: (event) => reporter.onProgress(event) });
  } finally {
    reporter.stop();
  }
}
