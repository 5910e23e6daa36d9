import type { DataSource } from 'typeorm';
import type { DatabaseConfig, DatabaseTuning } from '../config';
import { createDataSource } from './data-source';
import { driverErrorFields } from './database-errors';
import { explainSetupError } from './database-setup-errors';

/** First wait between attempts; it doubles up to `MAX_DELAY_MS`. */
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5_000;

/** Why a connection attempt failed, without the URL, host or user the driver's message may carry. */
function reasonOf(error: unknown): string {
  const { code } = driverErrorFields(error);
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
}

/**
 * Opens the data source, trying again with backoff for up to `waitMs` while the database is
 * not up yet (a container started before its database, a node restarting), and saying so on
 * each attempt. Throws the last error once the time is up, told as what to do where it is a
 * set-up problem. An unknown database or a refused login is thrown at once: waiting cannot
 * create the database or fix the password, and a minute of retries only hid the reason.
 */
export async function openDataSourceWhenReady(
  database: DatabaseConfig,
  tuning: DatabaseTuning,
  waitMs: number,
  log: (line: string) => void,
): Promise<DataSource> {
  const deadline = Date.now() + waitMs;
  let delay = FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt += 1) {
    const dataSource = createDataSource(database, { tuning });
    try {
      await dataSource.initialize();
      if (attempt > 1) log(`The database answered after ${attempt} attempts`);
      return dataSource;
    } catch (error) {
      const explained = explainSetupError(error, database);
      if (explained?.retryable === false) throw explained;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw explained ?? error;
      const wait = Math.min(delay, remaining);
      log(`Waiting for the database (attempt ${attempt} failed: ${reasonOf(error)}); trying again in ${wait} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}
