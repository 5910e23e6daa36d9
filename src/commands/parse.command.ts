import type { Command } from 'commander';
import type { LetterFileError } from '../ingest/letter-file-errors';
import { parseLetter } from '../letters/parse-letter';
import type { ParsedLetter, ParseFailure } from '../letters/parsed-letter';
import { readLetterFile } from '../ingest/read-letter-file';
import { letterProblems } from '../ingest/letter-quality';

/** One object of the command's output: the file, then its parse or why it has none (the file's or the parser's reason). */
export type ParseOutput = ({ file: string } & ParsedLetter) | { file: string; error: ParseFailure | LetterFileError };

/**
 * Reads and parses one file through the same reader as ingestion, so both see the same text
 * and refuse the same files; never throws, so one bad file cannot stop the others.
 */
export async function parseLetterFile(file: string): Promise<ParseOutput> {
  const read = await readLetterFile(file);
  if ('error' in read) return { file, error: read.error };
  const result = parseLetter(read.text);
  return result.ok ? { file, ...result.letter } : { file, error: result.error };
}

/** Why `parse --check` doubts one output: the failure, or the parse's warnings and missing sections. */
export function checkProblems(output: ParseOutput): string[] {
  return 'error' in output ? [`${output.error.code}: ${output.error.message}`] : letterProblems(output);
}

/**
 * `ofsted-graph parse [--check] FILE...`: prints a JSON array, one parse per file, and nothing
 * else on stdout (the PDF reader logs nothing); exit code 1
 * if any failed, or with `--check` if any parse has warnings or lacks a section (each reason
 * goes to stderr, so stdout stays one JSON document).
 */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse letters and print a JSON array, one object per file')
    .argument('<files...>', 'letter files (PDF, Word .docx, text, HTML or markdown; the content decides)')
    .option('--check', 'also exit 1 when a letter parses with warnings or without a section its kind always has')
    .action(async (files: string[], options: { check?: boolean }) => {
      const outputs: ParseOutput[] = [];
      for (const file of files) outputs.push(await parseLetterFile(file));
      process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
      if (outputs.some((output) => 'error' in output)) process.exitCode = 1;
      if (options.check !== true) return;
      for (const output of outputs) {
        const problems = checkProblems(output);
        for (const problem of problems) process.stderr.write(`${output.file}: ${problem}\n`);
        if (problems.length > 0) process.exitCode = 1;
      }
    });
}
