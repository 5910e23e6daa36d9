import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { RequestLimits } from '../config';
import type { AppContext } from '../resolvers/context';
import { ErrorCode, refusal } from '../schema/errors';

/** What the limits add to Apollo Server's options. */
export interface LimitOptions {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<AppContext>[];
  introspection: boolean;
}

/**
 * GraphQL Armor's depth rule and field-suggestion masking, and graphql-js's own token limit.
 *
 * - Tokens: the parser stops at `maxTokens`, so a 4 MB document of a million tokens costs
 *   microseconds, not seconds of a blocked event loop (QUERY_TOO_MANY_TOKENS). graphql-js
 *   counts inside its lexer; Armor's token plugin for Apollo parses the document a second time
 *   and fails with HTTP 500, so it is not used.
 * - Depth: deeper selections are refused at validation (QUERY_TOO_DEEP); introspection's
 *   `__schema` is not counted, so GraphiQL keeps working.
 * - Suggestions: "Did you mean ...?" names fields a client did not know of; it is masked when
 *   introspection is off, as the schema is then not public.
 *
 * Armor's cost and alias rules stay off: the query cost (`query-cost.plugin.ts`) prices
 * aliases by the statements and bytes they cost.
 */
export function limitOptions(limits: RequestLimits): LimitOptions {
  const tooDeep = (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(
      refusal(ErrorCode.QUERY_TOO_DEEP, `The selection is deeper than ${limits.maxDepth} levels`, 400, {
        maximumDepth: limits.maxDepth,
        detail: error.message.replace(/^Syntax Error: /, ''),
      }),
    );
  };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [tooDeep] },
    blockFieldSuggestion: { enabled: !limits.introspection },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
  }).protect();
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: armor.plugins as ApolloServerPlugin<AppContext>[],
    introspection: limits.introspection,
  };
}
