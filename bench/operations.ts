import { PEER_Q1, PEER_Q2, type PeerDocument } from './peer/documents';

/**
 * The operations measured. Each is one GraphQL request to the servers built on the schema (ours
 * and the naive comparator) and one plain request to the hand-written comparator, which answers
 * with the same JSON.
 */
export interface Operation {
  /** Short name used in the report. */
  id: string;
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Path of the hand-written comparator's route; its body is `variables`. */
  route: string;
  /** The same question for the peer (PostGraphile), where its schema can ask it. */
  peer?: PeerDocument;
}

export const Q1 = `query Q1 {
  authorities(first: 100) {
    edges {
      cursor
      node {
        id laCode name region kind
        assessments {
          id kind year publishedOn overallGrade capacityToImproveGrade socialCareGrade
          outcomeAreas { area grade judgement }
          settingJudgements { setting judgement count total proportion source }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const Q2 = `query Q2($laCode: String!) {
  authority(laCode: $laCode) {
    id laCode name shortName onsCode region kind abolishedOn establishedOn
    statisticalNeighbours { id laCode name }
    assessments {
      id kind year publishedOn overallGrade capacityToImproveGrade socialCareGrade summary overallJudgement
      recipient { name role }
      outcomeAreas { id area grade judgement narrative strengths areasForImprovement }
      settingJudgements { id setting judgement count total proportion source evidence }
      sourceLetter { id sha256 fileName byteLength ingestedAt }
    }
  }
}`;

export const RATING = `query Rating {
  ratingDistribution(year: 2009, groupBy: REGION) { key kind total assessed unassessed meanGrade grades { grade count } }
}`;

export const SEARCH = `query Search {
  search(text: "fostering", first: 20) { edges { node { passage authority { name } } } }
}`;

export const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Authority { id laCode name region }
    ... on Assessment { id kind year overallGrade authority { name } }
  }
}`;

/** 50 authorities by DfE code and 50 assessments by id, as a router would send them. */
export function entityRepresentations(laCodes: string[], assessmentIds: number[]): Array<Record<string, string>> {
  return [
    ...laCodes.slice(0, 50).map((laCode) => ({ __typename: 'Authority', laCode })),
    ...assessmentIds.slice(0, 50).map((id) => ({ __typename: 'Assessment', id: String(id) })),
  ];
}

export function operations(representations: Array<Record<string, string>>): Operation[] {
  return [
    {
      id: 'q1',
      title: 'Q1 `authorities(first: 100)` + assessments, outcome areas, setting judgements',
      query: Q1,
      route: '/q1',
      peer: PEER_Q1,
    },
    {
      id: 'q2',
      title: 'Q2 `authority(laCode: "886")`, everything nested',
      query: Q2,
      variables: { laCode: '886' },
      route: '/q2',
      peer: PEER_Q2,
    },
    { id: 'rating', title: '`ratingDistribution(year: 2009, groupBy: REGION)`', query: RATING, route: '/rating' },
    { id: 'search', title: '`search(text: "fostering", first: 20)` passage + authority name', query: SEARCH, route: '/search' },
    {
      id: 'entities',
      title: '`_entities` with 100 representations (50 Authority, 50 Assessment)',
      query: ENTITIES,
      variables: { representations },
      route: '/entities',
    },
  ];
}
