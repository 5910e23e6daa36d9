import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseLetter } from '../ingest/parse/parse-letter';
import { MAX_LETTER_CHARS } from '../ingest/parse/limits';
import { decodeLetterBytes } from '../ingest/parse/text/decode-letter-bytes';
import type { ParsedLetter, ParseFailure } from '../ingest/parsed-letter';

/** One object of the command's output: the file, then its parse or its error. */
export type ParseOutput = ({ file: string } & ParsedLetter) | { file: string; error: ParseFailure };

/** Reads and parses one file; never throws, so one bad file cannot stop the others. */
export async function parseLetterFile(file: string): Promise<ParseOutput> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, error: { code: 'UNREADABLE', message: error instanceof Error ? error.message : String(error) } };
  }
  // Checked on bytes too, so a huge file is refused before it is decoded.
  if (bytes.length > MAX_LETTER_CHARS * 4) {
    return { file, error: { code: 'TOO_LARGE', message: `file is ${bytes.length} bytes; letters are far smaller` } };
  }
  const result = parseLetter(decodeLetterBytes(bytes));
  return result.ok ? { file, ...result.letter } : { file, error: result.error };
}

/** `ofsted-graph parse FILE...`: prints a JSON array, one parse per file; exit code 1 if any failed. */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse letters and print a JSON array, one object per file')
    .argument('<files...>', 'letter files (text, HTML or markdown)')
    .action(async (files: string[]) => {
      const outputs: ParseOutput[] = [];
      for (const file of files) outputs.push(await parseLetterFile(file));
      process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
      if (outputs.some((output) => 'error' in output)) process.exitCode = 1;
    });
}
