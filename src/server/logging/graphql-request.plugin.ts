import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../../resolvers/context';
import { ingestStatusOf } from '../../resolvers/ingest/ingest-result.type';
import { currentRequest } from './request-context';

/**
 * Adds what only Apollo knows to the request's record: the operation's name, whether the
 * response came from the response cache, the codes of the errors it carries, and what each
 * `ingestLetter` did. The log line and the metrics are written from the record when the
 * HTTP response ends.
 */
export function graphqlRequestPlugin(): ApolloServerPlugin<AppContext> {
  return {
    // Wraps the one field when the server starts rather than using a `willResolveField` hook:
    // one such hook in any request makes Apollo wrap every field of the schema for good.
    async serverWillStart({ schema }) {
      const field = schema.getMutationType()?.getFields().ingestLetter;
      const resolve = field?.resolve;
      if (field === undefined || resolve === undefined) return;
      // Only answers count as outcomes: a call refused with an error (no or a wrong token, the
      // database unavailable) stored no letter and is counted by its error code instead.
      field.resolve = async (source, args, context: AppContext, info) => {
        const result: unknown = await resolve(source, args, context, info);
        const status = ingestStatusOf(result);
        if (status) currentRequest()?.ingestOutcomes.push(status);
        return result;
      };
    },
    async requestDidStart() {
      const record = currentRequest();
      if (!record) return;
      return {
        async didResolveOperation({ operationName }) {
          record.operationName = operationName ?? 'anonymous';
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
