import { registerEnumType } from 'type-graphql';
import { PassageKind } from '../../../search/passage-kind';

registerEnumType(PassageKind, { name: 'PassageKind', description: 'Which part of a letter a search hit comes from' });

export { PassageKind };
