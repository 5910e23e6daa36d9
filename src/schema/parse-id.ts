import { GraphQLError } from 'graphql';
import { quoteInput } from './quote-input';

/** Row ids are positive integers; an ID argument that is not one is the caller's mistake. */
export function parseId(raw: string | number, argumentName: string): number {
  const id = typeof raw === 'number' ? raw : /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new GraphQLError(`${quoteInput(raw)} is not a valid id for ${argumentName}`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName },
    });
  }
  return id;
}
