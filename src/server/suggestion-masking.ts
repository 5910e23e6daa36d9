import type { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js's suggestions, as its `didYouMean` appends them to a message: ` Did you mean
 * "laCode"?`, ` Did you mean the enum value "ANNUAL_PERFORMANCE_ASSESSMENT" or ...?`. Names
 * are quoted and never hold a question mark, so the first one ends the suggestion.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * An error without the schema names graphql-js suggested in it. For a server with
 * introspection off, where the schema is not public: GraphQL Armor masks the suggestions of
 * unknown fields, but enum values, input fields and arguments, in the document or in the
 * variables (whose coercion errors the variables check quotes), are suggested by other rules
 * and at other stages. Applied to every formatted error, it covers them all, and any added later.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.message.includes('Did you mean')) return formatted;
  return { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
}
