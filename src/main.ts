#!/usr/bin/env node
// First: graphql-js decides on its development checks when it loads (see production-mode.ts).
import './production-mode';
import 'reflect-metadata';
import { Command } from 'commander';
import { registerIngestCommand } from './commands/ingest.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerParseCommand } from './commands/parse.command';
import { registerRebuildSummariesCommand } from './commands/rebuild-summaries.command';
import { registerSchemaCommand } from './commands/schema.command';
import { registerServeCommand } from './commands/serve.command';
import { packageVersion } from './version';

/** Entry point of `npx ofsted-graph`: each sub-command lives in its own module under `commands/`. */
async function main(argv: string[]): Promise<void> {
  const program = new Command('ofsted-graph')
    .description("England's children's services inspection letters as data, served over GraphQL")
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .showHelpAfterError();
  registerParseCommand(program);
  registerIngestCommand(program);
  registerMigrateCommand(program);
  registerSchemaCommand(program);
  registerServeCommand(program);
  registerRebuildSummariesCommand(program);
  await program.parseAsync(argv);
}

main(process.argv).catch((error: unknown) => {
  // The command line's own message to whoever ran it, not a log line.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
