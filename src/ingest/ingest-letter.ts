import type { DataSource } from 'typeorm';
import { describeDatabaseError, isRetryableTransactionError, isUniqueViolation } from './describe-database-error';
import { hashLetterText } from './store-letter';
import { type IngestOutcome, IngestErrorCode, ingestFailure } from './ingest-outcome';
import { parseLetter } from '../letters/parse-letter';
import { oneTransactionAtATime } from '../db/one-transaction-at-a-time';
import { takeWriteLockFirst } from '../db/write-lock';
import type { ParseResult } from '../letters/parsed-letter';
import { type LetterToStore, type StoreLetterOptions, storeLetter } from './store-letter';
import { findFileNameProblem, findStorageProblems } from './validate-parsed-letter';

export interface IngestLetterInput {
  text: string;
  /** Where the text came from, kept with the source letter; null when it was posted directly. */
  fileName: string | null;
}

export interface IngestLetterOptions {
  /** The parser to use; tests substitute one to reach failures the real letters cannot produce. */
  parse?: (text: string) => ParseResult;
  /** Store a different letter for an assessment already held as its new version; see {@link StoreLetterOptions}. */
  replace?: boolean;
}

/**
 * Parses one letter and stores it in a single transaction: a new assessment (`ingested`), a
 * new version of an assessment already held (`replaced`, only with `replace`), nothing for
 * text already ingested (`unchanged`), or nothing for a different letter when one is already
 * stored and `replace` was not given (`conflict`). Every problem (a text that is not a letter,
 * an unknown authority, a database error) comes back as a `failed` outcome and leaves the
 * database as it was, so callers can ingest many letters without guarding each.
 */
export async function ingestLetter(
  dataSource: DataSource,
  input: IngestLetterInput,
  options: IngestLetterOptions = {},
): Promise<IngestOutcome> {
  const prepared = prepareLetter(input, options.parse ?? parseLetter);
  if ('status' in prepared) return prepared;
  // Without this check SQLite reports a closed database as "cannot read properties of undefined".
  if (!dataSource.isInitialized) {
    return ingestFailure(IngestErrorCode.DATABASE_ERROR, 'Database error: the database connection is not open');
  }
  return storeInOwnTransaction(dataSource, prepared, { replace: options.replace === true });
}

function prepareLetter(input: IngestLetterInput, parse: (text: string) => ParseResult): LetterToStore | IngestOutcome {
  let parsed: ParseResult;
  try {
    parsed = parse(input.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return ingestFailure(IngestErrorCode.PARSER_CRASHED, `The parser failed unexpectedly: ${detail}`);
  }
  if (!parsed.ok) return ingestFailure(parsed.error.code, parsed.error.message);
  const { letter } = parsed;
  if (letter.authority.laCode === null) {
    return ingestFailure(
      IngestErrorCode.UNKNOWN_AUTHORITY,
      `The letter is addressed to "${letter.authority.nameAsWritten}", which matches no known local authority`,
    );
  }
  const fileNameProblem = findFileNameProblem(input.fileName);
  const problems = fileNameProblem === null ? findStorageProblems(letter) : [fileNameProblem, ...findStorageProblems(letter)];
  if (problems.length > 0) {
    return ingestFailure(IngestErrorCode.INVALID_LETTER, `The letter cannot be stored: ${problems.join('; ')}`);
  }
  const { text, fileName } = input;
  return { letter, laCode: letter.authority.laCode, text, sha256: hashLetterText(text), fileName };
}

/** Tries of one letter's transaction before its failure is reported. */
export const MAX_TRANSACTION_ATTEMPTS = 5;

/** Wait before try `attempt + 1`: 20 ms doubling each time, plus jitter so two losers do not collide again. */
function backoffMs(attempt: number): number {
  return 20 * 2 ** (attempt - 1) + Math.random() * 20;
}

/**
 * Runs the store in a transaction, again (up to `MAX_TRANSACTION_ATTEMPTS` tries, with
 * backoff) if it lost a race: two writers of the same letter (or of two letters for one
 * assessment) both see no row and the later INSERT hits a unique index, or InnoDB or Galera
 * rolls one back as a deadlock. Storing is idempotent by sha256, so a retry sees the winner's
 * committed rows and ends `unchanged`, `conflict` or `replaced`, never a duplicate or a raw SQL error.
 */
async function storeInOwnTransaction(dataSource: DataSource, letter: LetterToStore, options: StoreLetterOptions): Promise<IngestOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await oneTransactionAtATime(dataSource, () =>
        dataSource.transaction(async (manager) => {
          await takeWriteLockFirst(manager);
          return storeLetter(manager, letter, options);
        }),
      );
    } catch (error) {
      const retryable = isUniqueViolation(error) || isRetryableTransactionError(error);
      if (attempt < MAX_TRANSACTION_ATTEMPTS && retryable) {
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
        continue;
      }
      const { code, message } = describeDatabaseError(error);
      return ingestFailure(code, message);
    }
  }
}
