import type { Command } from 'commander';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { rebuildSummaries } from '../db/summaries/rebuild-summaries';
import { compareSummariesWithRecount } from '../resolvers/aggregates/check-summaries';

/**
 * `ofsted-graph rebuild-summaries [--check]`: recounts the summary rows the aggregates read, in
 * one transaction, after rows were written other than by ingest (a bulk load, new reference
 * authorities). `--check` then answers every aggregate from the summaries and from a full
 * recount and fails if any differs.
 */
export function registerRebuildSummariesCommand(program: Command): void {
  program
    .command('rebuild-summaries')
    .description('recount the summary rows behind ratingDistribution, settingJudgementSummary and comparisons')
    .option('--check', 'afterwards, compare every aggregate with a full recount and fail on a difference')
    .option('--check-only', 'compare with a full recount without rebuilding')
    .action(async (options: { check?: boolean; checkOnly?: boolean }) => {
      const dataSource = createDataSource(loadConfig().database);
      await dataSource.initialize();
      try {
        if (!options.checkOnly) {
          const started = Date.now();
          const counts = await dataSource.transaction((manager) => rebuildSummaries(manager));
          const described = Object.entries(counts)
            .map(([table, rows]) => `${table} ${rows}`)
            .join(', ');
          process.stdout.write(`Rebuilt the summaries in ${Date.now() - started} ms (rows: ${described}).\n`);
        }
        if (options.check || options.checkOnly) {
          const differences = await compareSummariesWithRecount(dataSource);
          if (differences.length > 0) {
            process.stdout.write(`${JSON.stringify(differences.slice(0, 5), null, 2)}\n`);
            throw new Error(`${differences.length} aggregate(s) differ from a full recount`);
          }
          process.stdout.write('Every aggregate matches a full recount.\n');
        }
      } finally {
        await dataSource.destroy();
      }
    });
}
