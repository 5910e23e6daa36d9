import { Assessment, Authority } from '../entities/index';
import { Connection } from '../schema/pagination/connection.type';

export const AuthorityConnection = Connection(Authority, 'Authority');
export const AssessmentConnection = Connection(Assessment, 'Assessment');
