import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { AppContext } from '../../resolvers/context';
import { ErrorCode } from '../../schema/errors';
import { type ExecutionSlot, type FairAdmission } from './fair-admission';
import { OVERLOADED_MESSAGE, OVERLOADED_RETRY_AFTER_SECONDS } from './load-refusals';

/**
 * Makes every operation that is about to execute wait for a slot of `admission`, its client's
 * turn in the fair queue. Installed after the response cache and single flight, whose hooks run
 * first: a cache hit or a request sharing an identical one in flight never executes, so it
 * never waits. A refusal is answered here (Apollo does not catch what this hook throws), with
 * 503 OVERLOADED and `Retry-After`; the slot goes back when the response is sent, whatever it
 * holds.
 */
export function admissionPlugin(admission: FairAdmission): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let slot: ExecutionSlot | undefined;
      return {
        async responseForOperation({ contextValue }) {
          const outcome = await admission.admit(contextValue.client);
          if (outcome.admitted) {
            slot = outcome.slot;
            return null;
          }
          return {
            body: {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: OVERLOADED_MESSAGE,
                    extensions: { code: ErrorCode.OVERLOADED, reason: outcome.reason, retryAfter: OVERLOADED_RETRY_AFTER_SECONDS },
                  },
                ],
              },
            },
            http: { status: 503, headers: new HeaderMap([['retry-after', String(OVERLOADED_RETRY_AFTER_SECONDS)]]) },
          };
        },
        async willSendResponse() {
          slot?.release();
        },
      };
    },
  };
}
