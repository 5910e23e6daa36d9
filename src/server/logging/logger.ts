import type { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import pinoPretty from 'pino-pretty';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Where lines go; standard output when omitted. Tests pass a stream of their own to read the lines. */
  destination?: Writable;
  /** pino level name; `LOG_LEVEL` or `info` when omitted. */
  level?: string;
  /** Colourful, human-readable lines instead of JSON; by default only when writing to a terminal. */
  pretty?: boolean;
}

/**
 * The process's structured logger: one JSON object per line (what log collectors parse), or
 * pino-pretty's readable lines when a person watches a terminal. Made once by the command that
 * runs and handed to what logs, never imported as a module-level singleton, so tests can
 * capture what a server logs.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stdout;
  const pretty = options.pretty ?? (destination === process.stdout && process.stdout.isTTY === true);
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  const base = { service: 'ofsted-graph' };
  if (pretty) {
    // In-thread pretty printing: no worker thread to start or to flush at exit. One line per
    // entry: a request line holds a dozen fields, which pino-pretty's default spreads over as
    // many lines, and a person scanning a terminal reads one request per line.
    return pino(
      { level, base },
      pinoPretty({ destination, colorize: destination === process.stdout, sync: true, singleLine: true, ignore: 'pid,hostname,service' }),
    );
  }
  return pino({ level, base, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** A logger that writes nothing, for callers that do not care (tests of other concerns). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
