/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query LetterSearch($text: String!, $first: Int = 20, $after: String, $filter: SearchFilter) {\n  search(text: $text, first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        passage\n        highlighted\n        matches {\n          start\n          end\n        }\n        passageKind\n        authority {\n          name\n          laCode\n        }\n        assessment {\n          id\n          kind\n          year\n          overallGrade\n        }\n      }\n    }\n  }\n}": typeof types.LetterSearchDocument,
    "query AuthorityPage($laCode: String!) {\n  authority(laCode: $laCode) {\n    id\n    name\n    region\n    kind\n    assessments {\n      id\n      kind\n      year\n      publishedOn\n      overallGrade\n      overallJudgement\n      summary\n      outcomeAreas {\n        area\n        grade\n        judgement\n        strengths\n        areasForImprovement\n      }\n      settingJudgements {\n        setting\n        judgement\n        count\n        total\n        proportion\n        source\n        evidence\n      }\n    }\n  }\n}": typeof types.AuthorityPageDocument,
    "query RatingDistributionByRegion($year: Int! = 2009) {\n  ratingDistribution(year: $year, groupBy: REGION) {\n    key\n    total\n    unassessed\n    meanGrade\n    grades {\n      grade\n      count\n    }\n  }\n}": typeof types.RatingDistributionByRegionDocument,
};
const documents: Documents = {
    "query LetterSearch($text: String!, $first: Int = 20, $after: String, $filter: SearchFilter) {\n  search(text: $text, first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        passage\n        highlighted\n        matches {\n          start\n          end\n        }\n        passageKind\n        authority {\n          name\n          laCode\n        }\n        assessment {\n          id\n          kind\n          year\n          overallGrade\n        }\n      }\n    }\n  }\n}": types.LetterSearchDocument,
    "query AuthorityPage($laCode: String!) {\n  authority(laCode: $laCode) {\n    id\n    name\n    region\n    kind\n    assessments {\n      id\n      kind\n      year\n      publishedOn\n      overallGrade\n      overallJudgement\n      summary\n      outcomeAreas {\n        area\n        grade\n        judgement\n        strengths\n        areasForImprovement\n      }\n      settingJudgements {\n        setting\n        judgement\n        count\n        total\n        proportion\n        source\n        evidence\n      }\n    }\n  }\n}": types.AuthorityPageDocument,
    "query RatingDistributionByRegion($year: Int! = 2009) {\n  ratingDistribution(year: $year, groupBy: REGION) {\n    key\n    total\n    unassessed\n    meanGrade\n    grades {\n      grade\n      count\n    }\n  }\n}": types.RatingDistributionByRegionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LetterSearch($text: String!, $first: Int = 20, $after: String, $filter: SearchFilter) {\n  search(text: $text, first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        passage\n        highlighted\n        matches {\n          start\n          end\n        }\n        passageKind\n        authority {\n          name\n          laCode\n        }\n        assessment {\n          id\n          kind\n          year\n          overallGrade\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LetterSearch($text: String!, $first: Int = 20, $after: String, $filter: SearchFilter) {\n  search(text: $text, first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        passage\n        highlighted\n        matches {\n          start\n          end\n        }\n        passageKind\n        authority {\n          name\n          laCode\n        }\n        assessment {\n          id\n          kind\n          year\n          overallGrade\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorityPage($laCode: String!) {\n  authority(laCode: $laCode) {\n    id\n    name\n    region\n    kind\n    assessments {\n      id\n      kind\n      year\n      publishedOn\n      overallGrade\n      overallJudgement\n      summary\n      outcomeAreas {\n        area\n        grade\n        judgement\n        strengths\n        areasForImprovement\n      }\n      settingJudgements {\n        setting\n        judgement\n        count\n        total\n        proportion\n        source\n        evidence\n      }\n    }\n  }\n}"): (typeof documents)["query AuthorityPage($laCode: String!) {\n  authority(laCode: $laCode) {\n    id\n    name\n    region\n    kind\n    assessments {\n      id\n      kind\n      year\n      publishedOn\n      overallGrade\n      overallJudgement\n      summary\n      outcomeAreas {\n        area\n        grade\n        judgement\n        strengths\n        areasForImprovement\n      }\n      settingJudgements {\n        setting\n        judgement\n        count\n        total\n        proportion\n        source\n        evidence\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RatingDistributionByRegion($year: Int! = 2009) {\n  ratingDistribution(year: $year, groupBy: REGION) {\n    key\n    total\n    unassessed\n    meanGrade\n    grades {\n      grade\n      count\n    }\n  }\n}"): (typeof documents)["query RatingDistributionByRegion($year: Int! = 2009) {\n  ratingDistribution(year: $year, groupBy: REGION) {\n    key\n    total\n    unassessed\n    meanGrade\n    grades {\n      grade\n      count\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;