/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which kind of letter an assessment comes from */
export type AssessmentKind =
  /** An Annual Performance Assessment (APA) letter, 2005-2008: grades 1-4 for the council's children's services, its capacity to improve and its social care, and a judgement on each Every Child Matters outcome area. Grade words: 4 outstanding, 3 good, 2 adequate, 1 inadequate */
  | 'ANNUAL_PERFORMANCE_ASSESSMENT'
  /** The children's services annual rating letter of 9 December 2009: one rating 1-4 (4 performs excellently, 3 performs well, 2 performs adequately, 1 performs poorly) and prose on how inspected settings and services were judged, joint area review results and national indicators */
  | 'ANNUAL_RATING';

/** How the authority was constituted in 2009; each is responsible for children's services in its area */
export type AuthorityKind =
  /** A shire county council (e.g. Kent County Council), with district councils below it */
  | 'COUNTY'
  /** A London borough, or the City of London */
  | 'LONDON_BOROUGH'
  /** A metropolitan borough or city council (e.g. Leeds, Wigan) */
  | 'METROPOLITAN_DISTRICT'
  /** A unitary authority outside London and the metropolitan areas (e.g. Bath and North East Somerset) */
  | 'UNITARY';

/** The judgement a letter reports for a kind of setting, in the words of Ofsted's inspection grades */
export type Judgement =
  /** Judged adequate, or "satisfactory" as school inspections said (inspection grade 3) */
  | 'ADEQUATE'
  /** Judged at least adequate, where the letter does not separate them ("adequate or better") */
  | 'ADEQUATE_OR_BETTER'
  /** Judged good (inspection grade 2) */
  | 'GOOD'
  /** Judged good or outstanding, where the letter does not separate the two ("good or better") */
  | 'GOOD_OR_BETTER'
  /** Judged inadequate (inspection grade 4) */
  | 'INADEQUATE'
  /** Judged outstanding (grade 1 of Ofsted's inspection scale of the time, where 1 was best; the letters' grades run the other way) */
  | 'OUTSTANDING';

/** Where a setting judgement came from */
export type JudgementSource =
  /** Ofsted inspections of the settings themselves (schools, nurseries, children's homes...) */
  | 'INSPECTION'
  /** A joint area review (JAR), 2005-2009: an inspection of all of an area's children's services by Ofsted with the other inspectorates (social care, health, police, probation), judging e.g. safeguarding, looked after children and services for children with learning difficulties and disabilities */
  | 'JOINT_AREA_REVIEW';

/** An Every Child Matters outcome area (the five outcomes of the Children Act 2004), or service management */
export type OutcomeAreaName =
  /** Achieving economic well-being: education, employment or training after 16, 14-19 provision, care leavers */
  | 'ACHIEVING_ECONOMIC_WELLBEING'
  /** Being healthy: physical, mental, emotional and sexual health, healthy lifestyles */
  | 'BEING_HEALTHY'
  /** Enjoying and achieving: early years, school attendance and attainment, enjoyment */
  | 'ENJOYING_AND_ACHIEVING'
  /** Making a positive contribution: taking part in decisions and the community, behaviour, offending */
  | 'MAKING_A_POSITIVE_CONTRIBUTION'
  /** The council's management of its services for children and young people, including its capacity to improve them */
  | 'SERVICE_MANAGEMENT'
  /** Staying safe: safeguarding from maltreatment, neglect, bullying and crime; looked after children */
  | 'STAYING_SAFE';

/** Which part of a letter a search hit comes from */
export type PassageKind =
  /** A key area for improvement of an APA outcome area */
  | 'AREA_FOR_IMPROVEMENT'
  /** An aspect for focus in a future joint area review or APA */
  | 'ASPECT_FOR_FOCUS'
  /** A sentence of an APA outcome area's narrative */
  | 'OUTCOME_NARRATIVE'
  /** A summary sentence that a setting judgement was read from */
  | 'SETTING_EVIDENCE'
  /** A key strength of an APA outcome area */
  | 'STRENGTH'
  /** A sentence of the letter's summary (a 2009 rating letter's whole rating text) */
  | 'SUMMARY';

/** Narrows a search; every given condition must hold */
export type SearchFilter = {
  /** Only the letters about this authority (its id in this API) */
  authorityId?: string | number | null | undefined;
  /** Only letters of this kind: APA (2005-2008) or the 2009 annual rating */
  kind?: AssessmentKind | null | undefined;
  /** Only passages from this part of the letters */
  passageKind?: PassageKind | null | undefined;
  /** Region of the assessed authority, one of East Midlands, East of England, London, North East, North West, South East, South West, West Midlands, Yorkshire and The Humber (case-insensitive: "london" is London) */
  region?: string | null | undefined;
  /** The assessment's year (2005-2009 accepted) */
  year?: number | null | undefined;
};

/** A kind of setting or service a 2009 annual rating letter passes judgement on */
export type Setting =
  /** The council's adoption agency */
  | 'ADOPTION_AGENCY'
  /** All inspected services and settings in the authority, taken together */
  | 'ALL_SERVICES_AND_SETTINGS'
  /** Childcare settings (day care, out-of-school care) */
  | 'CHILDCARE'
  /** Registered childminders */
  | 'CHILDMINDERS'
  /** Children's homes run or used by the authority */
  | 'CHILDRENS_HOMES'
  /** Early years provision in general (nurseries, childcare and childminders together) */
  | 'EARLY_YEARS'
  /** The council's fostering service */
  | 'FOSTERING_SERVICE'
  /** Further education colleges and other post-16 providers */
  | 'FURTHER_EDUCATION'
  /** Services for children and young people with learning difficulties and/or disabilities */
  | 'LEARNING_DIFFICULTIES_AND_DISABILITIES'
  /** Services for looked after children (children in care) */
  | 'LOOKED_AFTER_CHILDREN'
  /** Nurseries, including maintained nursery schools */
  | 'NURSERIES'
  /** Primary schools */
  | 'PRIMARY_SCHOOLS'
  /** Arrangements for private fostering (children cared for by people other than close relatives) */
  | 'PRIVATE_FOSTERING'
  /** Pupil referral units, for pupils who cannot attend a mainstream school (e.g. after exclusion) */
  | 'PUPIL_REFERRAL_UNITS'
  /** Safeguarding: arrangements to protect children from harm (often judged by a joint area review) */
  | 'SAFEGUARDING'
  /** Sixth forms in schools */
  | 'SCHOOL_SIXTH_FORMS'
  /** Secondary schools */
  | 'SECONDARY_SCHOOLS'
  /** Serious case reviews, held after a child dies or is seriously harmed and abuse is suspected */
  | 'SERIOUS_CASE_REVIEWS'
  /** Sixth form colleges */
  | 'SIXTH_FORM_COLLEGES'
  /** Special schools, for pupils with special educational needs */
  | 'SPECIAL_SCHOOLS';

export type LetterSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SearchFilter | null | undefined;
}>;


export type LetterSearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { passage: string, highlighted: string, passageKind: PassageKind, matches: Array<{ start: number, end: number }>, authority: { name: string, laCode: string }, assessment: { id: string, kind: AssessmentKind, year: number, overallGrade: number } } }> } };

export type AuthorityPageQueryVariables = Exact<{
  laCode: string;
}>;


export type AuthorityPageQuery = { authority: { id: string, name: string, region: string, kind: AuthorityKind, assessments: Array<{ id: string, kind: AssessmentKind, year: number, publishedOn: string, overallGrade: number, overallJudgement: string, summary: string, outcomeAreas: Array<{ area: OutcomeAreaName, grade: number, judgement: string, strengths: Array<string>, areasForImprovement: Array<string> }>, settingJudgements: Array<{ setting: Setting, judgement: Judgement, count: number | null, total: number | null, proportion: number | null, source: JudgementSource, evidence: string }> }> } | null };

export type RatingDistributionByRegionQueryVariables = Exact<{
  year?: number;
}>;


export type RatingDistributionByRegionQuery = { ratingDistribution: Array<{ key: string, total: number, unassessed: number, meanGrade: number | null, grades: Array<{ grade: number, count: number }> }> };


export const LetterSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passage"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passageKind"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"overallGrade"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LetterSearchQuery, LetterSearchQueryVariables>;
export const AuthorityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"laCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"overallJudgement"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"areasForImprovement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settingJudgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"proportion"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityPageQuery, AuthorityPageQueryVariables>;
export const RatingDistributionByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingDistributionByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2009"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"unassessed"}},{"kind":"Field","name":{"kind":"Name","value":"meanGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<RatingDistributionByRegionQuery, RatingDistributionByRegionQueryVariables>;