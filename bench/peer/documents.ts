/**
 * The peer's GraphQL documents: the same questions as Q1 and Q2 asked of PostGraphile's schema
 * (amber preset, default inflection: `allAuthorities`, `assessmentsByAuthorityId`, primary keys
 * as `rowId` because `id` is the global Node id), and how its answers map onto ours so that the
 * bench can check they hold the same values before it times anything.
 */

/** JSON as parsed from a response. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface PeerDocument {
  query: string;
  variables?: Record<string, unknown>;
  /** The peer's `data`, field names and shapes mapped onto our schema's answer. */
  normalise: (data: JsonObject) => JsonObject;
}

/** Cursors are each server's own opaque strings, so the answers are compared without them. */
export const OPAQUE_KEYS: ReadonlySet<string> = new Set(['cursor', 'endCursor']);

/** `value` without the keys in {@link OPAQUE_KEYS}, at any depth. */
export function withoutOpaqueKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutOpaqueKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (OPAQUE_KEYS.has(key) ? [] : [[key, withoutOpaqueKeys(item)]])));
}

function object(value: Json | undefined, what: string): JsonObject {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`the peer's answer has no object at ${what}`);
  return value;
}

function nodes(connection: Json | undefined, what: string): JsonObject[] {
  const list = object(connection, what).nodes;
  if (!Array.isArray(list)) throw new Error(`the peer's answer has no nodes at ${what}`);
  return list.map((item, index) => object(item, `${what}.nodes[${index}]`));
}

/** `rowId` as our schema's `id`: an ID, so a string. */
function id(row: JsonObject): string {
  return String(row.rowId);
}

const Q1_SELECTION = `rowId laCode name region kind
        assessmentsByAuthorityId(orderBy: [YEAR_ASC, KIND_ASC, PRIMARY_KEY_ASC]) {
          nodes {
            rowId kind year publishedOn overallGrade capacityToImproveGrade socialCareGrade
            outcomeAreasByAssessmentId(orderBy: PRIMARY_KEY_ASC) { nodes { area grade judgement } }
            settingJudgementsByAssessmentId(orderBy: POSITION_ASC) { nodes { setting judgement count total proportion source } }
          }
        }`;

/** Q1: the first 100 current authorities by name, as ours pages `authorities(first: 100)`. */
export const PEER_Q1: PeerDocument = {
  query: `query Q1 {
  allAuthorities(first: 100, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], condition: { abolishedOn: null }) {
    edges { cursor node { ${Q1_SELECTION} } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  normalise: (data) => {
    const connection = object(data.allAuthorities, 'allAuthorities');
    const edges = connection.edges;
    if (!Array.isArray(edges)) throw new Error("the peer's answer has no allAuthorities.edges");
    const pageInfo = object(connection.pageInfo, 'allAuthorities.pageInfo');
    return {
      authorities: {
        edges: edges.map((edge, index) => {
          const node = object(object(edge, `edges[${index}]`).node, `edges[${index}].node`);
          return {
            cursor: null,
            node: {
              id: id(node),
              laCode: node.laCode,
              name: node.name,
              region: node.region,
              kind: node.kind,
              assessments: nodes(node.assessmentsByAuthorityId, 'assessmentsByAuthorityId').map((a) => ({
                id: id(a),
                kind: a.kind,
                year: a.year,
                publishedOn: a.publishedOn,
                overallGrade: a.overallGrade,
                capacityToImproveGrade: a.capacityToImproveGrade,
                socialCareGrade: a.socialCareGrade,
                outcomeAreas: nodes(a.outcomeAreasByAssessmentId, 'outcomeAreasByAssessmentId').map((o) => ({
                  area: o.area,
                  grade: o.grade,
                  judgement: o.judgement,
                })),
                settingJudgements: nodes(a.settingJudgementsByAssessmentId, 'settingJudgementsByAssessmentId').map((s) => ({
                  setting: s.setting,
                  judgement: s.judgement,
                  count: s.count,
                  total: s.total,
                  proportion: s.proportion,
                  source: s.source,
                })),
              })),
            },
          };
        }),
        pageInfo: { hasNextPage: pageInfo.hasNextPage, endCursor: null },
      },
    };
  },
};

/** Q2: one authority by DfE code with everything nested; overallJudgement and recipient are SQL functions of the row. */
export const PEER_Q2: PeerDocument = {
  query: `query Q2($laCode: String!) {
  authorityByLaCode(laCode: $laCode) {
    rowId laCode name shortName onsCode region kind abolishedOn establishedOn
    statisticalNeighboursByAuthorityId(orderBy: RANK_ASC) { nodes { authorityByNeighbourId { rowId laCode name } } }
    assessmentsByAuthorityId(orderBy: [YEAR_ASC, KIND_ASC, PRIMARY_KEY_ASC]) {
      nodes {
        rowId kind year publishedOn overallGrade capacityToImproveGrade socialCareGrade summary overallJudgement
        recipient { name role }
        outcomeAreasByAssessmentId(orderBy: PRIMARY_KEY_ASC) { nodes { rowId area grade judgement narrative strengths areasForImprovement } }
        settingJudgementsByAssessmentId(orderBy: POSITION_ASC) { nodes { rowId setting judgement count total proportion source evidence } }
        sourceLetterBySourceLetterId { rowId sha256 fileName byteLength ingestedAt }
      }
    }
  }
}`,
  variables: { laCode: '886' },
  normalise: (data) => {
    if (data.authorityByLaCode === null) return { authority: null };
    const authority = object(data.authorityByLaCode, 'authorityByLaCode');
    return {
      authority: {
        id: id(authority),
        laCode: authority.laCode,
        name: authority.name,
        shortName: authority.shortName,
        onsCode: authority.onsCode,
        region: authority.region,
        kind: authority.kind,
        abolishedOn: authority.abolishedOn,
        establishedOn: authority.establishedOn,
        statisticalNeighbours: nodes(authority.statisticalNeighboursByAuthorityId, 'statisticalNeighboursByAuthorityId').map((link) => {
          const neighbour = object(link.authorityByNeighbourId, 'authorityByNeighbourId');
          return { id: id(neighbour), laCode: neighbour.laCode, name: neighbour.name };
        }),
        assessments: nodes(authority.assessmentsByAuthorityId, 'assessmentsByAuthorityId').map((a) => {
          const letter = object(a.sourceLetterBySourceLetterId, 'sourceLetterBySourceLetterId');
          return {
            id: id(a),
            kind: a.kind,
            year: a.year,
            publishedOn: a.publishedOn,
            overallGrade: a.overallGrade,
            capacityToImproveGrade: a.capacityToImproveGrade,
            socialCareGrade: a.socialCareGrade,
            summary: a.summary,
            overallJudgement: a.overallJudgement,
            recipient: a.recipient,
            outcomeAreas: nodes(a.outcomeAreasByAssessmentId, 'outcomeAreasByAssessmentId').map((o) => ({
              id: id(o),
              area: o.area,
              grade: o.grade,
              judgement: o.judgement,
              narrative: o.narrative,
              strengths: o.strengths,
              areasForImprovement: o.areasForImprovement,
            })),
            settingJudgements: nodes(a.settingJudgementsByAssessmentId, 'settingJudgementsByAssessmentId').map((s) => ({
              id: id(s),
              setting: s.setting,
              judgement: s.judgement,
              count: s.count,
              total: s.total,
              proportion: s.proportion,
              source: s.source,
              evidence: s.evidence,
            })),
            sourceLetter: {
              id: id(letter),
              sha256: letter.sha256,
              fileName: letter.fileName,
              byteLength: letter.byteLength,
              // A timestamptz comes as "2026-12-07T22:10:00+00:00"; ours writes the same instant as toISOString() does.
              ingestedAt: typeof letter.ingestedAt === 'string' ? new Date(letter.ingestedAt).toISOString() : letter.ingestedAt,
            },
          };
        }),
      },
    };
  },
};
