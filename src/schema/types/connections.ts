import { Assessment, Authority } from '../../entities';
import { Connection } from '../pagination/connection.type';

export const AuthorityConnection = Connection(Authority, 'Authority');
export const AssessmentConnection = Connection(Assessment, 'Assessment');
