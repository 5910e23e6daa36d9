import { registerEnumType } from 'type-graphql';
import { Area, AssessmentKind, Judgement, JudgementSource, Setting } from '../domain/enums';
import { AuthorityKind } from '../reference/authority-kind';
import { SortDirection } from './sort-direction';

// Registration is a module side effect so that it happens exactly once, however many
// times a schema is built (tests build several).
registerEnumType(AuthorityKind, { name: 'AuthorityKind', description: 'How the authority was constituted in 2009' });
registerEnumType(AssessmentKind, { name: 'AssessmentKind', description: 'Which kind of letter an assessment comes from' });
registerEnumType(Area, { name: 'OutcomeAreaName', description: 'An Every Child Matters outcome area, or service management' });
registerEnumType(Setting, { name: 'Setting', description: 'A kind of setting or service' });
registerEnumType(Judgement, { name: 'Judgement', description: 'The judgement a letter gives a setting' });
registerEnumType(JudgementSource, { name: 'JudgementSource', description: 'Where a setting judgement came from' });
registerEnumType(SortDirection, { name: 'SortDirection' });
