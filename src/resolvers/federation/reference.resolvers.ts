import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../context';
import type { Assessment, Authority } from '../../entities/index';
import { parseId } from '../../schema/errors';
import { badUserInput } from '../../schema/errors';
import { projectedColumns } from '../projection';
import { AUTHORITY_PROJECTION } from '../authorities/authority.projection';
import { ASSESSMENT_PROJECTION } from '../assessments/assessment.projection';

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
export const REFERENCE_RESOLVERS: Record<
  string,
  { __resolveReference: (reference: never, context: AppContext, info: GraphQLResolveInfo) => unknown }
> = {
  Authority: {
    async __resolveReference(reference: Representation, { loaders }: AppContext, info: GraphQLResolveInfo): Promise<Authority | null> {
      // info is the `_entities` field's: the projection reads the fields of its `... on Authority` fragments.
      const columns = projectedColumns(info, AUTHORITY_PROJECTION);
      const id = keyField(reference, 'id');
      if (id !== undefined) return loaders.authorityById.load(parseId(id, 'Authority.id'), columns);
      const laCode = keyField(reference, 'laCode');
      if (laCode !== undefined) return loaders.authorityByLaCode.load(String(laCode), columns);
      throw badRepresentation('Authority');
    },
  },
  Assessment: {
    async __resolveReference(reference: Representation, { loaders }: AppContext, info: GraphQLResolveInfo): Promise<Assessment | null> {
      const id = keyField(reference, 'id');
      if (id === undefined) throw badRepresentation('Assessment');
      return loaders.assessmentById.load(parseId(id, 'Assessment.id'), projectedColumns(info, ASSESSMENT_PROJECTION));
    },
  },
};
