import { registerEnumType } from 'type-graphql';
import { Area, AssessmentKind, AuthorityKind, Judgement, JudgementSource, PassageKind, Setting } from '../domain/enums';
import { SortDirection } from './pagination/paginate';

// Registration is a module side effect so that it happens exactly once, however many
// times a schema is built (tests build several).
registerEnumType(AuthorityKind, { name: 'AuthorityKind', description: 'How the authority was constituted in 2009' });
registerEnumType(AssessmentKind, { name: 'AssessmentKind', description: 'Which kind of letter an assessment comes from' });
registerEnumType(Area, { name: 'OutcomeAreaName', description: 'An Every Child Matters outcome area, or service management' });
registerEnumType(Setting, { name: 'Setting', description: 'A kind of setting or service' });
registerEnumType(Judgement, { name: 'Judgement', description: 'The judgement a letter gives a setting' });
registerEnumType(JudgementSource, { name: 'JudgementSource', description: 'Where a setting judgement came from' });
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(PassageKind, {
  name: 'PassageKind',
  description: 'Which part of a letter a search hit comes from',
  valuesConfig: {
    SUMMARY: { description: "A sentence of the letter's summary (a 2009 rating letter's whole rating text)" },
    SETTING_EVIDENCE: { description: 'A summary sentence that a setting judgement was read from' },
    OUTCOME_NARRATIVE: { description: "A sentence of an APA outcome area's narrative" },
    STRENGTH: { description: 'A key strength of an APA outcome area' },
    AREA_FOR_IMPROVEMENT: { description: 'A key area for improvement of an APA outcome area' },
    ASPECT_FOR_FOCUS: { description: 'An aspect for focus in a future joint area review or APA' },
  },
});
