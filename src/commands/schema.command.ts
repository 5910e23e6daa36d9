import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildAppSchema } from '../server/app-schema';
import { printAppSchema } from '../schema/build-schema';

/** `ofsted-graph schema [--output FILE]`: prints the subgraph SDL. */
export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print the GraphQL schema (Federation 2 subgraph SDL)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (options: { output?: string }) => {
      const sdl = printAppSchema(await buildAppSchema());
      if (options.output) writeFileSync(options.output, sdl);
      else process.stdout.write(sdl);
    });
}
