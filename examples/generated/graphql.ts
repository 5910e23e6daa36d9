/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which kind of letter an assessment comes from */
export type AssessmentKind =
  | 'ANNUAL_PERFORMANCE_ASSESSMENT'
  | 'ANNUAL_RATING';

/** How the authority was constituted in 2009 */
export type AuthorityKind =
  | 'COUNTY'
  | 'LONDON_BOROUGH'
  | 'METROPOLITAN_DISTRICT'
  | 'UNITARY';

/** The judgement a letter gives a setting */
export type Judgement =
  | 'ADEQUATE'
  | 'ADEQUATE_OR_BETTER'
  | 'GOOD'
  | 'GOOD_OR_BETTER'
  | 'INADEQUATE'
  | 'OUTSTANDING';

/** Where a setting judgement came from */
export type JudgementSource =
  | 'INSPECTION'
  | 'JOINT_AREA_REVIEW';

/** An Every Child Matters outcome area, or service management */
export type OutcomeAreaName =
  | 'ACHIEVING_ECONOMIC_WELLBEING'
  | 'BEING_HEALTHY'
  | 'ENJOYING_AND_ACHIEVING'
  | 'MAKING_A_POSITIVE_CONTRIBUTION'
  | 'SERVICE_MANAGEMENT'
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
  authorityId?: string | number | null | undefined;
  kind?: AssessmentKind | null | undefined;
  passageKind?: PassageKind | null | undefined;
  /** Exact region name of the assessed authority */
  region?: string | null | undefined;
  /** The assessment's year (1000-9999 accepted) */
  year?: number | null | undefined;
};

/** A kind of setting or service */
export type Setting =
  | 'ADOPTION_AGENCY'
  | 'ALL_SERVICES_AND_SETTINGS'
  | 'CHILDCARE'
  | 'CHILDMINDERS'
  | 'CHILDRENS_HOMES'
  | 'EARLY_YEARS'
  | 'FOSTERING_SERVICE'
  | 'FURTHER_EDUCATION'
  | 'LEARNING_DIFFICULTIES_AND_DISABILITIES'
  | 'LOOKED_AFTER_CHILDREN'
  | 'NURSERIES'
  | 'PRIMARY_SCHOOLS'
  | 'PRIVATE_FOSTERING'
  | 'PUPIL_REFERRAL_UNITS'
  | 'SAFEGUARDING'
  | 'SCHOOL_SIXTH_FORMS'
  | 'SECONDARY_SCHOOLS'
  | 'SERIOUS_CASE_REVIEWS'
  | 'SIXTH_FORM_COLLEGES'
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