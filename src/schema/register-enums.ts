import { registerEnumType } from 'type-graphql';
import {
  Area,
  AssessmentKind,
  AuthorityKind,
  Judgement,
  JudgementSource,
  LetterFormat,
  PassageKind,
  Setting,
  WarningCode,
} from '../domain/enums';
import { SortDirection } from './pagination/paginate';

// Registration is a module side effect so that it happens exactly once, however many
// times a schema is built (tests build several). The descriptions are what GraphiQL's docs
// pane shows: they say what each value meant in Ofsted's letters.
registerEnumType(AuthorityKind, {
  name: 'AuthorityKind',
  description: "How the authority was constituted in 2009; each is responsible for children's services in its area",
  valuesConfig: {
    COUNTY: { description: 'A shire county council (e.g. Kent County Council), with district councils below it' },
    UNITARY: { description: 'A unitary authority outside London and the metropolitan areas (e.g. Bath and North East Somerset)' },
    METROPOLITAN_DISTRICT: { description: 'A metropolitan borough or city council (e.g. Leeds, Wigan)' },
    LONDON_BOROUGH: { description: 'A London borough, or the City of London' },
  },
});
registerEnumType(LetterFormat, {
  name: 'LetterFormat',
  description: "What a stored letter's text is written in",
  valuesConfig: {
    TEXT: { description: 'Plain text or markdown, exactly as the file held it (decoded to Unicode)' },
    HTML: {
      description:
        'HTML: an HTML file exactly as received, or the HTML ofsted-graph made from a PDF or Word file (its paragraphs, ' +
        'tables and lists; page headers and footers left out)',
    },
  },
});
registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: 'Which kind of letter an assessment comes from',
  valuesConfig: {
    ANNUAL_PERFORMANCE_ASSESSMENT: {
      description:
        "An Annual Performance Assessment (APA) letter, 2005-2008: grades 1-4 for the council's children's services, its " +
        'capacity to improve and its social care, and a judgement on each Every Child Matters outcome area. Grade words: ' +
        '4 outstanding, 3 good, 2 adequate, 1 inadequate',
    },
    ANNUAL_RATING: {
      description:
        "The children's services annual rating letter of 9 December 2009: one rating 1-4 (4 performs excellently, 3 performs " +
        'well, 2 performs adequately, 1 performs poorly) and prose on how inspected settings and services were judged, joint ' +
        'area review results and national indicators',
    },
  },
});
registerEnumType(Area, {
  name: 'OutcomeAreaName',
  description: 'An Every Child Matters outcome area (the five outcomes of the Children Act 2004), or service management',
  valuesConfig: {
    BEING_HEALTHY: { description: 'Being healthy: physical, mental, emotional and sexual health, healthy lifestyles' },
    STAYING_SAFE: { description: 'Staying safe: safeguarding from maltreatment, neglect, bullying and crime; looked after children' },
    ENJOYING_AND_ACHIEVING: { description: 'Enjoying and achieving: early years, school attendance and attainment, enjoyment' },
    MAKING_A_POSITIVE_CONTRIBUTION: {
      description: 'Making a positive contribution: taking part in decisions and the community, behaviour, offending',
    },
    ACHIEVING_ECONOMIC_WELLBEING: {
      description: 'Achieving economic well-being: education, employment or training after 16, 14-19 provision, care leavers',
    },
    SERVICE_MANAGEMENT: {
      description: "The council's management of its services for children and young people, including its capacity to improve them",
    },
  },
});
registerEnumType(Setting, {
  name: 'Setting',
  description: 'A kind of setting or service a 2009 annual rating letter passes judgement on',
  valuesConfig: {
    ALL_SERVICES_AND_SETTINGS: { description: 'All inspected services and settings in the authority, taken together' },
    EARLY_YEARS: { description: 'Early years provision in general (nurseries, childcare and childminders together)' },
    NURSERIES: { description: 'Nurseries, including maintained nursery schools' },
    CHILDCARE: { description: 'Childcare settings (day care, out-of-school care)' },
    CHILDMINDERS: { description: 'Registered childminders' },
    PRIMARY_SCHOOLS: { description: 'Primary schools' },
    SECONDARY_SCHOOLS: { description: 'Secondary schools' },
    SCHOOL_SIXTH_FORMS: { description: 'Sixth forms in schools' },
    SPECIAL_SCHOOLS: { description: 'Special schools, for pupils with special educational needs' },
    PUPIL_REFERRAL_UNITS: { description: 'Pupil referral units, for pupils who cannot attend a mainstream school (e.g. after exclusion)' },
    SIXTH_FORM_COLLEGES: { description: 'Sixth form colleges' },
    FURTHER_EDUCATION: { description: 'Further education colleges and other post-16 providers' },
    CHILDRENS_HOMES: { description: "Children's homes run or used by the authority" },
    FOSTERING_SERVICE: { description: "The council's fostering service" },
    ADOPTION_AGENCY: { description: "The council's adoption agency" },
    PRIVATE_FOSTERING: { description: 'Arrangements for private fostering (children cared for by people other than close relatives)' },
    SAFEGUARDING: { description: 'Safeguarding: arrangements to protect children from harm (often judged by a joint area review)' },
    LOOKED_AFTER_CHILDREN: { description: 'Services for looked after children (children in care)' },
    LEARNING_DIFFICULTIES_AND_DISABILITIES: {
      description: 'Services for children and young people with learning difficulties and/or disabilities',
    },
    SERIOUS_CASE_REVIEWS: { description: 'Serious case reviews, held after a child dies or is seriously harmed and abuse is suspected' },
  },
});
registerEnumType(Judgement, {
  name: 'Judgement',
  description: "The judgement a letter reports for a kind of setting, in the words of Ofsted's inspection grades",
  valuesConfig: {
    OUTSTANDING: {
      description:
        "Judged outstanding (grade 1 of Ofsted's inspection scale of the time, where 1 was best; the letters' grades run the other way)",
    },
    GOOD: { description: 'Judged good (inspection grade 2)' },
    ADEQUATE: { description: 'Judged adequate, or "satisfactory" as school inspections said (inspection grade 3)' },
    INADEQUATE: { description: 'Judged inadequate (inspection grade 4)' },
    GOOD_OR_BETTER: { description: 'Judged good or outstanding, where the letter does not separate the two ("good or better")' },
    ADEQUATE_OR_BETTER: { description: 'Judged at least adequate, where the letter does not separate them ("adequate or better")' },
  },
});
registerEnumType(JudgementSource, {
  name: 'JudgementSource',
  description: 'Where a setting judgement came from',
  valuesConfig: {
    INSPECTION: { description: "Ofsted inspections of the settings themselves (schools, nurseries, children's homes...)" },
    JOINT_AREA_REVIEW: {
      description:
        "A joint area review (JAR), 2005-2009: an inspection of all of an area's children's services by Ofsted with the other " +
        'inspectorates (social care, health, police, probation), judging e.g. safeguarding, looked after children and services ' +
        'for children with learning difficulties and disabilities',
    },
  },
});
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a list',
  valuesConfig: {
    ASC: { description: 'Ascending: A to Z, lowest first, earliest first' },
    DESC: { description: 'Descending: Z to A, highest first, latest first' },
  },
});
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
registerEnumType(WarningCode, {
  name: 'WarningCode',
  description: 'What kind of thing the parser could not read in a letter (stable: filter on it)',
  valuesConfig: {
    UNREAD_STATEMENT: { description: 'A sentence or table row names a setting and a judgement word, but no judgement was read from it' },
    MISSING_AREA: { description: 'An APA letter lacks one of its six areas (the five outcomes and service management)' },
    MISSING_GRADE: { description: 'An APA area, or the capacity to improve, has no grade that could be read' },
    EMPTY_LISTS: { description: 'An APA letter gave no key strength or area for improvement at all, or a list heading gave no item' },
    UNREAD_LIST: { description: 'An APA letter has list items (bullets or numbers) that were not read into any area or list' },
    NO_SETTING_STATEMENTS: { description: 'A 2009 rating letter gave no setting judgement' },
    MISSPELT_WORD: { description: 'A grade word was read despite a typo ("adequatly" as "adequately"); the letter is still complete' },
  },
});
