import type { Command } from 'commander';

/** `ofsted-graph parse FILE...`: prints a JSON array, one parse per file. */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse letters and print a JSON array, one object per file')
    .argument('<files...>', 'letter files (text, HTML or markdown)')
    .action(() => {
      throw new Error('not implemented yet');
    });
}
