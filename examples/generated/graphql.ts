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

export type AuthorityPageQueryVariables = Exact<{
  laCode: string;
}>;


export type AuthorityPageQuery = { authority: { id: string, name: string, region: string, kind: AuthorityKind, assessments: Array<{ id: string, kind: AssessmentKind, year: number, publishedOn: string, overallGrade: number, overallJudgement: string, summary: string, outcomeAreas: Array<{ area: OutcomeAreaName, grade: number, judgement: string, strengths: Array<string>, areasForImprovement: Array<string> }>, settingJudgements: Array<{ setting: Setting, judgement: Judgement, count: number | null, total: number | null, proportion: number | null, source: JudgementSource, evidence: string }> }> } | null };

export type RatingDistributionByRegionQueryVariables = Exact<{
  year?: number;
}>;


export type RatingDistributionByRegionQuery = { ratingDistribution: Array<{ key: string, total: number, unassessed: number, meanGrade: number | null, grades: Array<{ grade: number, count: number }> }> };


export const AuthorityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"laCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"overallJudgement"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"areasForImprovement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settingJudgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"proportion"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityPageQuery, AuthorityPageQueryVariables>;
export const RatingDistributionByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingDistributionByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2009"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"unassessed"}},{"kind":"Field","name":{"kind":"Name","value":"meanGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<RatingDistributionByRegionQuery, RatingDistributionByRegionQueryVariables>;