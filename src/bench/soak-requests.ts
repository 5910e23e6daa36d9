import { createHash } from 'node:crypto';

/** One request of the soak's mix: what to send and how to judge the answer. */
export interface SoakRequest {
  name: string;
  /** Valid requests must be answered 200 without errors; abusive ones must be refused with `expectedCode`. */
  kind: 'valid' | 'abusive';
  /** How often it is picked, relative to the others. */
  weight: number;
  /** The raw JSON body (built once: some are megabytes). */
  body: string;
  expectedCode?: string;
}

const AUTHORITY_PAGE = `query AuthorityPage($laCode: String!) {
  authority(laCode: $laCode) {
    name region kind
    assessments { kind year overallGrade summary outcomeAreas { area grade judgement } settingJudgements { setting judgement count total } }
    statisticalNeighbours { name laCode }
  }
}`;

const DISTRIBUTION = `query Distribution($year: Int!) {
  ratingDistribution(year: $year, groupBy: REGION) { key total unassessed meanGrade grades { grade count } }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) { totalCount edges { node { passage highlighted authority { name } } } }
}`;

const AUTHORITIES_PAGE = `{ authorities(first: 152) { edges { node { name assessments { year outcomeAreas { area grade } } } } } }`;

const ENTITIES_LETTERS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Authority { assessments { sourceLetter { text } } } } }`;

const body = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ query, variables, ...extra });

function aliases(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
}

/** Valid requests as the README's clients send them, and the abuse of issue 10's items 1, 2, 4 and 5. */
export function soakRequests(): SoakRequest[] {
  const laCodes = ['886', '800', '835', '881', '202'];
  const valid: SoakRequest[] = [
    ...laCodes.map((laCode) => ({
      name: `authority page ${laCode}`,
      kind: 'valid' as const,
      weight: 4,
      body: body(AUTHORITY_PAGE, { laCode }),
    })),
    { name: 'rating distribution', kind: 'valid', weight: 6, body: body(DISTRIBUTION, { year: 2009 }) },
    { name: 'search', kind: 'valid', weight: 6, body: body(SEARCH, { text: 'private fostering' }) },
    { name: 'authorities page of 152', kind: 'valid', weight: 3, body: body(AUTHORITIES_PAGE) },
    {
      name: '_entities of 20 authorities with letter texts',
      kind: 'valid',
      weight: 2,
      body: body(ENTITIES_LETTERS, { r: Array.from({ length: 20 }, () => ({ __typename: 'Authority', laCode: '886' })) }),
    },
  ];
  const deep = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000);
  const abusive: SoakRequest[] = [
    {
      name: 'item 1: 10,000 _entities representations asking for letter texts',
      kind: 'abusive',
      weight: 1,
      body: body(ENTITIES_LETTERS, { r: Array.from({ length: 10_000 }, () => ({ __typename: 'Authority', laCode: '886' })) }),
      expectedCode: 'QUERY_TOO_COSTLY',
    },
    {
      name: 'item 2: 200 aliased search fields',
      kind: 'abusive',
      weight: 1,
      body: body(aliases(200, 'search(text: "fostering") { totalCount }')),
      expectedCode: 'QUERY_TOO_COSTLY',
    },
    {
      name: 'item 2: 4,000 aliased settingJudgementSummary fields',
      kind: 'abusive',
      weight: 1,
      body: body(aliases(4_000, 'settingJudgementSummary(setting: PUPIL_REFERRAL_UNITS, year: 2009) { key }')),
      expectedCode: 'QUERY_TOO_MANY_TOKENS',
    },
    {
      name: 'item 4: a 4 MB document of a million tokens',
      kind: 'abusive',
      weight: 0.3,
      body: body(`{ ${'__typename '.repeat(360_000)}}`),
      expectedCode: 'QUERY_TOO_MANY_TOKENS',
    },
    {
      name: 'depth: 13 levels of statistical neighbours',
      kind: 'abusive',
      weight: 1,
      body: body(`{ authority(laCode: "886") { ${'statisticalNeighbours { '.repeat(13)}name${' }'.repeat(13)} } }`),
      expectedCode: 'QUERY_TOO_DEEP',
    },
    {
      name: 'item 5: variables nested 20,000 deep',
      kind: 'abusive',
      weight: 1,
      body: `{"query":${JSON.stringify(ENTITIES_LETTERS)},"variables":{"r":[${deep}]}}`,
      expectedCode: 'VARIABLES_TOO_DEEP',
    },
    {
      name: 'item 5: unknown __typename in _entities',
      kind: 'abusive',
      weight: 1,
      body: body(ENTITIES_LETTERS, { r: [{ __typename: 'Nope', id: '1' }] }),
      expectedCode: 'BAD_USER_INPUT',
    },
    {
      name: 'item 5: a subscription',
      kind: 'abusive',
      weight: 1,
      body: body('subscription { x }'),
      expectedCode: 'OPERATION_NOT_SUPPORTED',
    },
    {
      name: 'item 5: operationName naming no operation',
      kind: 'abusive',
      weight: 1,
      body: body('query A { __typename }', undefined, { operationName: 'B' }),
      expectedCode: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'item 5: APQ hash not matching its query',
      kind: 'abusive',
      weight: 1,
      body: body('{ __typename }', undefined, {
        extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('other').digest('hex') } },
      }),
      expectedCode: 'BAD_REQUEST',
    },
  ];
  return [...valid, ...abusive];
}

/** Picks requests by weight, abusive ones making up `abusiveShare` of the picks. */
export function requestPicker(requests: SoakRequest[], abusiveShare: number): () => SoakRequest {
  const pickFrom = (pool: SoakRequest[]): (() => SoakRequest) => {
    const total = pool.reduce((sum, request) => sum + request.weight, 0);
    return () => {
      let remaining = Math.random() * total;
      for (const request of pool) {
        remaining -= request.weight;
        if (remaining <= 0) return request;
      }
      return pool[pool.length - 1]!;
    };
  };
  const valid = pickFrom(requests.filter((request) => request.kind === 'valid'));
  const abusive = pickFrom(requests.filter((request) => request.kind === 'abusive'));
  return () => (Math.random() < abusiveShare ? abusive() : valid());
}
