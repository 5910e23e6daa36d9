import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, type GraphQLError, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import type { AppContext } from '../resolvers/context';
import { ErrorCode, refusal } from '../schema/errors';
import { TEXT_FIELD_BYTES, type TextFieldBytes } from './text-field-bytes';

/** HTTP status of the refusal: the client asked for more than one answer carries, as with QUERY_TOO_COSTLY. */
const REFUSAL_STATUS = 400;

/** The long text one request's answer has taken so far, against the most it may take. */
class TextBudget {
  used = 0;
  refused: GraphQLError | undefined;

  constructor(readonly maximumBytes: number) {}

  /** Adds a field's bytes; past the budget, the request is refused from then on. */
  charge(bytes: number): void {
    if (this.refused !== undefined) throw this.refused;
    this.used += bytes;
    if (this.used <= this.maximumBytes) return;
    this.refused = refusal(
      ErrorCode.RESPONSE_TOO_LARGE,
      `The answer would carry more than ${this.maximumBytes} bytes of text: ask for fewer letters or texts at once`,
      REFUSAL_STATUS,
      { maximumBytes: this.maximumBytes },
    );
    throw this.refused;
  }
}

/**
 * Budgets by request context. Module-wide, not per plugin: the metered resolvers are installed
 * once on a schema, and tests start several servers (with different budgets) on one schema.
 */
const budgets = new WeakMap<object, TextBudget>();

/** Resolvers already metered: a schema shared by two servers is wrapped once. */
const metered = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

function meteredResolver(
  original: GraphQLFieldResolver<unknown, unknown>,
  bytesOf: TextFieldBytes,
): GraphQLFieldResolver<unknown, unknown> {
  const resolve: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    const budget = typeof context === 'object' && context !== null ? budgets.get(context) : undefined;
    // Once refused, no more text is read or measured for the request.
    if (budget?.refused !== undefined) throw budget.refused;
    const value: unknown = original(source, args, context, info);
    if (budget === undefined) return value;
    if (value instanceof Promise) {
      return value.then((resolved: unknown) => {
        budget.charge(bytesOf(source, resolved));
        return resolved;
      });
    }
    budget.charge(bytesOf(source, value));
    return value;
  };
  metered.add(resolve);
  return resolve;
}

/**
 * Wraps the resolver of every field in `TEXT_FIELD_BYTES`, once per schema, when the server
 * starts: a `willResolveField` hook would make Apollo wrap every field of the schema instead.
 */
function meterTextFields(schema: GraphQLSchema): void {
  for (const [key, bytesOf] of Object.entries(TEXT_FIELD_BYTES)) {
    const [typeName, fieldName] = key.split('.') as [string, string];
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (field === undefined || (field.resolve !== undefined && metered.has(field.resolve))) continue;
    field.resolve = meteredResolver(field.resolve ?? defaultFieldResolver, bytesOf);
  }
}

/**
 * Refuses an answer whose long text would pass `maximumBytes`, before it is serialised. The
 * query cost cannot see this: it prices a field before any row is read, and one stored letter
 * of 4.8 MB asked for by sixty `_entities` representations, or by sixty aliases, is sixty
 * times its size in the answer (a 290 MB string; a few more and V8 cannot build it at all).
 * Each text field is charged as it resolves, by the size stored with the letter at ingest or
 * measured once per row; past the budget the field fails, every later text field fails at
 * once without being read, and the whole response becomes one RESPONSE_TOO_LARGE error with
 * HTTP 400 and no data, so no partial answer of megabytes is built either.
 */
export function responseSizePlugin(maximumBytes: number): ApolloServerPlugin<AppContext> {
  return {
    async serverWillStart({ schema }) {
      meterTextFields(schema);
    },
    async requestDidStart({ contextValue }) {
      const budget = new TextBudget(maximumBytes);
      budgets.set(contextValue, budget);
      return {
        async willSendResponse({ response }) {
          const refused = budget.refused;
          if (refused === undefined || response.body.kind !== 'single') return;
          response.body.singleResult = {
            errors: [{ message: refused.message, extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maximumBytes } }],
          };
          response.http.status = REFUSAL_STATUS;
        },
      };
    },
  };
}
