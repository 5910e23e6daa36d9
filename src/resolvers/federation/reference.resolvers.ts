import { GraphQLError } from 'graphql';
import type { AppContext } from '../context';
import type { Assessment, Authority } from '../../entities/index';
import { parseId } from '../../schema/errors';
import { badUserInput } from '../../schema/errors';

/** A representation as the router sends it; its key fields are checked, not trusted. */
type Representation = Record<string, unknown>;

function badRepresentation(typeName: string): GraphQLError {
  return badUserInput(`A ${typeName} representation needs a string key field (${typeName === 'Authority' ? 'id or laCode' : 'id'})`);
}

function keyField(reference: Representation, name: string): string | number | undefined {
  const value = reference[name];
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/**
 * How the router turns an entity representation into a row. Both go through the request's
 * DataLoaders, so an `_entities` call with hundreds of representations sends one statement
 * per key field. They are async so that a malformed representation fails its own item (an
 * error at `_entities[i]`) instead of the whole batch.
 */
export const REFERENCE_RESOLVERS: Record<string, { __resolveReference: (reference: never, context: AppContext) => unknown }> = {
  Authority: {
    async __resolveReference(reference: Representation, { loaders }: AppContext): Promise<Authority | null> {
      const id = keyField(reference, 'id');
      if (id !== undefined) return loaders.authorityById.load(parseId(id, 'Authority.id'));
      const laCode = keyField(reference, 'laCode');
      if (laCode !== undefined) return loaders.authorityByLaCode.load(String(laCode));
      throw badRepresentation('Authority');
    },
  },
  Assessment: {
    async __resolveReference(reference: Representation, { loaders }: AppContext): Promise<Assessment | null> {
      const id = keyField(reference, 'id');
      if (id === undefined) throw badRepresentation('Assessment');
      return loaders.assessmentById.load(parseId(id, 'Assessment.id'));
    },
  },
};
