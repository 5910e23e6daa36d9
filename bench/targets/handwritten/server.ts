import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import mysql from 'mysql2/promise';
import { searchCandidates, usesMroonga } from '../search-candidates';

/**
 * The hand-written comparator: a bare `node:http` handler per operation, one SQL statement per
 * level of the answer (only the columns it returns) through mysql2, rows assembled into the
 * same JSON the GraphQL servers send, `JSON.stringify`. No framework, no GraphQL.
 */
type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const pool = mysql.createPool({
  uri: process.env.DATABASE_URL,
  connectionLimit: 10,
  charset: 'utf8mb4_unicode_ci',
  timezone: 'Z',
  dateStrings: ['DATE'],
  supportBigNumbers: true,
});

async function rows(sql: string, values: unknown[] = []): Promise<Row[]> {
  const [result] = await pool.query(sql, values);
  return result as Row[];
}

function groupBy(list: Row[], key: string): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const row of list) {
    const group = groups.get(row[key]);
    if (group) group.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}

const cursorOf = (value: string, id: number): string => Buffer.from(JSON.stringify([value, id])).toString('base64url');
const APA_LABELS: Record<number, string> = { 4: 'Outstanding', 3: 'Good', 2: 'Adequate', 1: 'Inadequate' };
const RATING_LABELS: Record<number, string> = {
  4: 'Performs excellently',
  3: 'Performs well',
  2: 'Performs adequately',
  1: 'Performs poorly',
};

async function q1(): Promise<unknown> {
  const page = await rows('SELECT id, la_code, name, region, kind FROM authority WHERE abolished_on IS NULL ORDER BY name, id LIMIT 101');
  const authorities = page.slice(0, 100);
  const assessments = authorities.length
    ? await rows(
        `SELECT id, authority_id, kind, year, published_on, overall_grade, capacity_to_improve_grade, social_care_grade
           FROM assessment WHERE authority_id IN (?) ORDER BY year, kind, id`,
        [authorities.map((row) => row.id)],
      )
    : [];
  const ids = assessments.map((row) => row.id);
  const [outcomes, settings] = ids.length
    ? await Promise.all([
        rows('SELECT assessment_id, area, grade, judgement FROM outcome_area WHERE assessment_id IN (?) ORDER BY id', [ids]),
        rows(
          `SELECT assessment_id, setting, judgement, count, total, proportion, source
             FROM setting_judgement WHERE assessment_id IN (?) ORDER BY assessment_id, position`,
          [ids],
        ),
      ])
    : [[], []];
  const outcomesOf = groupBy(outcomes, 'assessment_id');
  const settingsOf = groupBy(settings, 'assessment_id');
  const assessmentsOf = groupBy(assessments, 'authority_id');
  const edges = authorities.map((authority) => ({
    cursor: cursorOf(authority.name, authority.id),
    node: {
      id: String(authority.id),
      laCode: authority.la_code,
      name: authority.name,
      region: authority.region,
      kind: authority.kind,
      assessments: (assessmentsOf.get(authority.id) ?? []).map((a) => ({
        id: String(a.id),
        kind: a.kind,
        year: a.year,
        publishedOn: a.published_on,
        overallGrade: a.overall_grade,
        capacityToImproveGrade: a.capacity_to_improve_grade,
        socialCareGrade: a.social_care_grade,
        outcomeAreas: (outcomesOf.get(a.id) ?? []).map((o) => ({ area: o.area, grade: o.grade, judgement: o.judgement })),
        settingJudgements: (settingsOf.get(a.id) ?? []).map((s) => ({
          setting: s.setting,
          judgement: s.judgement,
          count: s.count,
          total: s.total,
          proportion: s.proportion,
          source: s.source,
        })),
      })),
    },
  }));
  return {
    authorities: { edges, pageInfo: { hasNextPage: page.length > 100, endCursor: edges.at(-1)?.cursor ?? null } },
  };
}

async function q2({ laCode }: { laCode: string }): Promise<unknown> {
  const [authority] = await rows(
    'SELECT id, la_code, name, short_name, ons_code, region, kind, abolished_on, established_on FROM authority WHERE la_code = ?',
    [laCode],
  );
  if (!authority) return { authority: null };
  const [neighbours, assessments] = await Promise.all([
    rows(
      `SELECT n.id, n.la_code, n.name FROM statistical_neighbour s JOIN authority n ON n.id = s.neighbour_id
        WHERE s.authority_id = ? ORDER BY s.\`rank\``,
      [authority.id],
    ),
    rows(
      `SELECT a.id, a.kind, a.year, a.published_on, a.overall_grade, a.capacity_to_improve_grade, a.social_care_grade, a.summary,
              a.recipient_name, a.recipient_role, l.id AS letter_id, l.sha256, l.file_name, l.byte_length, l.ingested_at
         FROM assessment a JOIN source_letter l ON l.id = a.source_letter_id
        WHERE a.authority_id = ? ORDER BY a.year, a.kind, a.id`,
      [authority.id],
    ),
  ]);
  const ids = assessments.map((row) => row.id);
  const [outcomes, settings] = ids.length
    ? await Promise.all([
        rows(
          `SELECT id, assessment_id, area, grade, judgement, narrative, strengths, areas_for_improvement
             FROM outcome_area WHERE assessment_id IN (?) ORDER BY id`,
          [ids],
        ),
        rows(
          `SELECT id, assessment_id, setting, judgement, count, total, proportion, source, evidence
             FROM setting_judgement WHERE assessment_id IN (?) ORDER BY assessment_id, position`,
          [ids],
        ),
      ])
    : [[], []];
  const outcomesOf = groupBy(outcomes, 'assessment_id');
  const settingsOf = groupBy(settings, 'assessment_id');
  return {
    authority: {
      id: String(authority.id),
      laCode: authority.la_code,
      name: authority.name,
      shortName: authority.short_name,
      onsCode: authority.ons_code,
      region: authority.region,
      kind: authority.kind,
      abolishedOn: authority.abolished_on,
      establishedOn: authority.established_on,
      statisticalNeighbours: neighbours.map((n) => ({ id: String(n.id), laCode: n.la_code, name: n.name })),
      assessments: assessments.map((a) => ({
        id: String(a.id),
        kind: a.kind,
        year: a.year,
        publishedOn: a.published_on,
        overallGrade: a.overall_grade,
        capacityToImproveGrade: a.capacity_to_improve_grade,
        socialCareGrade: a.social_care_grade,
        summary: a.summary,
        overallJudgement: (a.kind === 'ANNUAL_RATING' ? RATING_LABELS : APA_LABELS)[a.overall_grade],
        recipient: a.recipient_name === null ? null : { name: a.recipient_name, role: a.recipient_role },
        outcomeAreas: (outcomesOf.get(a.id) ?? []).map((o) => ({
          id: String(o.id),
          area: o.area,
          grade: o.grade,
          judgement: o.judgement,
          narrative: o.narrative,
          strengths: JSON.parse(o.strengths),
          areasForImprovement: JSON.parse(o.areas_for_improvement),
        })),
        settingJudgements: (settingsOf.get(a.id) ?? []).map((s) => ({
          id: String(s.id),
          setting: s.setting,
          judgement: s.judgement,
          count: s.count,
          total: s.total,
          proportion: s.proportion,
          source: s.source,
          evidence: s.evidence,
        })),
        sourceLetter: {
          id: String(a.letter_id),
          sha256: a.sha256,
          fileName: a.file_name,
          byteLength: a.byte_length,
          ingestedAt: (a.ingested_at as Date).toISOString(),
        },
      })),
    },
  };
}

async function rating({ year = 2009 }: { year?: number }): Promise<unknown> {
  const kind = year >= 2009 ? 'ANNUAL_RATING' : 'ANNUAL_PERFORMANCE_ASSESSMENT';
  const day = `${year}-11-01`;
  const tallies = await rows(
    `SELECT authority.region AS bucket, COUNT(*) AS total, COUNT(assessment.id) AS assessed, SUM(assessment.overall_grade) AS grade_sum,
            SUM(assessment.overall_grade = 4) AS g4, SUM(assessment.overall_grade = 3) AS g3,
            SUM(assessment.overall_grade = 2) AS g2, SUM(assessment.overall_grade = 1) AS g1
       FROM authority LEFT JOIN assessment
         ON assessment.authority_id = authority.id AND assessment.year = ? AND assessment.kind = ?
      WHERE ((authority.established_on IS NULL OR authority.established_on <= ?) AND (authority.abolished_on IS NULL OR authority.abolished_on > ?))
         OR assessment.id IS NOT NULL
      GROUP BY authority.region`,
    [year, kind, day, day],
  );
  const buckets = tallies
    .map((row) => {
      const total = Number(row.total);
      const assessed = Number(row.assessed);
      const sum = Number(row.grade_sum ?? 0);
      return {
        key: String(row.bucket),
        kind,
        total,
        assessed,
        unassessed: total - assessed,
        meanGrade: assessed === 0 ? null : sum / assessed,
        grades: [4, 3, 2, 1].map((grade) => ({ grade, count: Number(row[`g${grade}`] ?? 0) })),
      };
    })
    .sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
  return { ratingDistribution: buckets };
}

let mroonga: Promise<boolean> | undefined;

async function search({ text = 'fostering', first = 20 }: { text?: string; first?: number }): Promise<unknown> {
  mroonga ??= usesMroonga(rows);
  const candidates = searchCandidates(await mroonga, text);
  const hits = await rows(
    // The product's search: the first 1,000 matches ranked (MAX_RANKED_MATCHES), then the page.
    `SELECT passage.text, assessment.authority_id
       FROM (${candidates.sql}) candidate
       JOIN letter_passage passage ON passage.id = candidate.id
       JOIN assessment ON assessment.id = passage.assessment_id
      ORDER BY candidate.score DESC, candidate.id ASC
      LIMIT ?`,
    [...candidates.values, first],
  );
  const names = new Map<number, string>();
  if (hits.length) {
    const ids = [...new Set(hits.map((hit) => hit.authority_id))];
    for (const row of await rows('SELECT id, name FROM authority WHERE id IN (?)', [ids])) names.set(row.id, row.name);
  }
  return { search: { edges: hits.map((hit) => ({ node: { passage: hit.text, authority: { name: names.get(hit.authority_id) } } })) } };
}

async function entities({ representations }: { representations: Array<Record<string, string>> }): Promise<unknown> {
  const laCodes = representations.filter((r) => r.__typename === 'Authority').map((r) => r.laCode);
  const assessmentIds = representations.filter((r) => r.__typename === 'Assessment').map((r) => Number(r.id));
  const [authorities, assessments] = await Promise.all([
    laCodes.length ? rows('SELECT id, la_code, name, region FROM authority WHERE la_code IN (?)', [laCodes]) : [],
    assessmentIds.length ? rows('SELECT id, kind, year, overall_grade, authority_id FROM assessment WHERE id IN (?)', [assessmentIds]) : [],
  ]);
  const authorityIds = [...new Set(assessments.map((row) => row.authority_id))];
  const names = new Map<number, string>();
  if (authorityIds.length) {
    for (const row of await rows('SELECT id, name FROM authority WHERE id IN (?)', [authorityIds])) names.set(row.id, row.name);
  }
  const byCode = new Map(authorities.map((row) => [row.la_code, row]));
  const byId = new Map(assessments.map((row) => [row.id, row]));
  return {
    _entities: representations.map((r) => {
      if (r.__typename === 'Authority') {
        const a = byCode.get(r.laCode);
        return a ? { id: String(a.id), laCode: a.la_code, name: a.name, region: a.region } : null;
      }
      const a = byId.get(Number(r.id));
      return a
        ? { id: String(a.id), kind: a.kind, year: a.year, overallGrade: a.overall_grade, authority: { name: names.get(a.authority_id) } }
        : null;
    }),
  };
}

// Each route reads its own variables; the table only needs to call them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ROUTES: Record<string, (variables: any) => Promise<unknown>> = {
  '/q1': q1,
  '/q2': q2,
  '/rating': rating,
  '/search': search,
  '/entities': entities,
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const route = ROUTES[request.url ?? ''];
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readBody(request);
    const data = await route(body === '' ? {} : JSON.parse(body));
    const json = JSON.stringify({ data });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
    response.end(json);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
}

const server = createServer((request, response) => void handle(request, response));
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
