import type { ApolloServerPlugin } from '@apollo/server';
import type { ClearableCache } from './cache/clearable-cache';
import type { AppContext } from '../resolvers/context';
import { IngestStatus } from '../resolvers/ingest/ingest-result.type';

/** Outcomes that wrote to the database; `UNCHANGED` and `FAILED` leave every cached response true. */
const DATA_CHANGING_STATUSES: ReadonlySet<string> = new Set([IngestStatus.INGESTED, IngestStatus.REPLACED]);

function changedData(result: unknown): boolean {
  if (typeof result !== 'object' || result === null || !('status' in result)) return false;
  return DATA_CHANGING_STATUSES.has(String(result.status));
}

/**
 * Clears the response cache after an `ingestLetter` that stored or replaced an assessment,
 * before the mutation's response is sent: a client that sees the mutation succeed and then
 * queries gets fresh data. It watches the resolved value rather than the response, so it
 * works whatever the client selected or aliased.
 */
export function invalidateOnIngestPlugin(responses: ClearableCache): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let dataChanged = false;
      return {
        async executionDidStart({ operation }) {
          if (operation.operation !== 'mutation') return;
          return {
            willResolveField({ info }) {
              if (info.parentType.name !== 'Mutation' || info.fieldName !== 'ingestLetter') return;
              return (error, result) => {
                if (!error && changedData(result)) dataChanged = true;
              };
            },
          };
        },
        async willSendResponse() {
          if (dataChanged) await responses.clear();
        },
      };
    },
  };
}
