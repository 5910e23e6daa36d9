import type { ApolloServerOptions } from '@apollo/server';
import type { Logger } from './logger';

/** Apollo's logger interface (from @apollo/utils.logger, which Apollo Server does not re-export by name). */
type ApolloLogger = NonNullable<ApolloServerOptions<object>['logger']>;

/**
 * Apollo Server's own messages through the server's logger. Without it Apollo writes plain
 * text to the console ("Unexpected error processing request: ..."), a line a log collector
 * reading the JSON log cannot parse; with it each message is one JSON entry, its text whole
 * (an error's stack included) inside the `msg` string, marked `source: "apollo"`.
 */
export function apolloLogger(logger: Logger): ApolloLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message?: unknown): void => {
      logger[level]({ source: 'apollo' }, message instanceof Error ? (message.stack ?? message.message) : String(message));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
