import type { NonEmptyArray } from 'type-graphql';
import { AssessmentResolver } from './assessment.resolver';
import { AuthorityResolver } from './authority.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [AuthorityResolver, AssessmentResolver];
