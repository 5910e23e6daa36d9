import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../../resolvers/context';
import { currentRequest } from './request-context';

/** The ingest outcome a resolved `ingestLetter` value carries, if it carries one. */
function ingestStatus(result: unknown): string | null {
  return typeof result === 'object' && result !== null && 'status' in result ? String(result.status) : null;
}

/**
 * Adds what only Apollo knows to the request's record: the operation's name, whether the
 * response came from the response cache, the codes of the errors it carries, and what each
 * `ingestLetter` did. The log line and the metrics are written from the record when the
 * HTTP response ends.
 */
export function graphqlRequestPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      const record = currentRequest();
      if (!record) return;
      return {
        async didResolveOperation({ operationName }) {
          record.operationName = operationName ?? 'anonymous';
        },
        async executionDidStart({ operation }) {
          // No operation when operationName names none: Apollo answers that itself, with a 400.
          if (operation?.operation !== 'mutation') return;
          return {
            willResolveField({ info }) {
              if (info.parentType.name !== 'Mutation' || info.fieldName !== 'ingestLetter') return;
              return (error, result) => {
                const status = error ? 'FAILED' : ingestStatus(result);
                if (status) record.ingestOutcomes.push(status);
              };
            },
          };
        },
        async willSendResponse({ metrics, response, operation }) {
          // The response cache marks every operation it sees, but only looks queries up.
          if (operation?.operation === 'query' && metrics.responseCacheHit !== undefined) record.cacheHit = metrics.responseCacheHit;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) record.errorCodes.push(String(error.extensions?.code ?? 'UNKNOWN'));
        },
      };
    },
  };
}
