import type { GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql';
import { ErrorCode, refusal } from '../schema/errors';

/** Errors coercion collects before it stops: graphql-js's own cap at execution. */
export const MAX_VARIABLE_ERRORS = 50;

/** Errors quoted back in the refusal; the rest are counted. */
const QUOTED_ERRORS = 3;

/**
 * Coerces the operation's variables as execution will, stopping after `MAX_VARIABLE_ERRORS`,
 * and refuses bad ones with 400 BAD_USER_INPUT before anything else walks them. Why here:
 * the cost count (graphql-query-complexity) coerces the variables too but with no cap on
 * errors, so 100,000 wrong items in one list made 100,000 error objects, seconds of a blocked
 * event loop and an INTERNAL_SERVER_ERROR for what is the client's mistake.
 */
export function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  const definitions = operation.variableDefinitions ?? [];
  const coerced = getVariableValues(schema, definitions, variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
  if (coerced.errors === undefined) return;
  throw invalidVariables(coerced.errors);
}

function invalidVariables(errors: readonly GraphQLError[]): GraphQLError {
  const quoted = errors.slice(0, QUOTED_ERRORS).map((error) => error.message);
  const more = errors.length > QUOTED_ERRORS ? ` (and ${errors.length - QUOTED_ERRORS} more errors)` : '';
  return refusal(ErrorCode.BAD_USER_INPUT, `${quoted.join('; ')}${more}`, 400, { errorCount: errors.length });
}
