import type { AppContext } from '../context';
import type { Assessment, Authority } from '../entities';
import { parseId } from '../schema/parse-id';

interface AuthorityReference {
  id?: string;
  laCode?: string;
}

interface AssessmentReference {
  id: string;
}

/**
 * How the router turns an entity representation into a row. Both go through the request's
 * DataLoaders, so an `_entities` call with hundreds of representations sends one statement
 * per key field.
 */
export const REFERENCE_RESOLVERS: Record<string, { __resolveReference: (reference: never, context: AppContext) => unknown }> = {
  Authority: {
    __resolveReference(reference: AuthorityReference, { loaders }: AppContext): Promise<Authority | null> {
      if (reference.id !== undefined) return loaders.authorityById.load(parseId(reference.id, 'Authority.id'));
      if (reference.laCode !== undefined) return loaders.authorityByLaCode.load(reference.laCode);
      return Promise.resolve(null);
    },
  },
  Assessment: {
    __resolveReference(reference: AssessmentReference, { loaders }: AppContext): Promise<Assessment | null> {
      return loaders.assessmentById.load(parseId(reference.id, 'Assessment.id'));
    },
  },
};
