import { registerEnumType } from 'type-graphql';
import { PassageKind } from '../../../search/passage-kind';

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

export { PassageKind };
