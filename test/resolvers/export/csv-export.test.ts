import { Writable } from 'node:stream';
import { prepareCsvExport, writeCsv } from '../../../src/resolvers/export/csv-export';
import { AUTHORITY_COLUMNS, OUTCOME_AREA_COLUMNS } from '../../../src/resolvers/export/export-tables';
import { loadBundledLetters } from '../../helpers/load-letters';
import { asRecords, readCsvStrictly } from '../../helpers/strict-csv-readers';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer, type TestServer } from '../../helpers/test-server';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface Download {
  status: number;
  contentType: string | null;
  bytes: Buffer;
  rows: Array<Record<string, string>>;
}

/**
 * Reads a CSV file with Python's csv module in strict mode, and checks pandas reads the same
 * rows: a lenient parser would guess its way past a badly quoted cell that analysts' tools
 * split into extra rows. (`csv-round-trip.test.ts` adds LibreOffice Calc for every filter.)
 */
async function readStrictly(bytes: Buffer | string): Promise<Array<Record<string, string>>> {
  const { file } = await readCsvStrictly({ file: bytes });
  expect(file.pandas).toEqual(file.csv);
  return asRecords(file.csv);
}

/** Downloads an export over HTTP and reads it back as analysts' tools do. */
async function download(api: TestServer, path: string): Promise<Download> {
  const response = await fetch(new URL(path, api.server.url));
  const bytes = Buffer.from(await response.arrayBuffer());
  const rows = response.status === 200 ? await readStrictly(bytes) : [];
  return { status: response.status, contentType: response.headers.get('content-type'), bytes, rows };
}

/** A destination that keeps what it is given, for exports written outside HTTP. */
function collector(): { sink: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { sink, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe.each(ENGINES)('CSV exports on %s', (engine) => {
  const api = useTestServer(engine, { seed: ({ database }) => loadBundledLetters(database.dataSource) });

  it('gives all 152 authorities of the 2009 rating as UTF-8 with a byte order mark', async () => {
    const csv = await download(api, '/export/authorities.csv');
    expect(csv.status).toBe(200);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.bytes.subarray(0, 3)).toEqual(UTF8_BOM);
    expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFauthorityId,laCode,name,/);
    expect(csv.rows).toHaveLength(152);
    expect(Object.keys(csv.rows[0])).toEqual([...AUTHORITY_COLUMNS]);
    expect(csv.rows.find((row) => row.laCode === '886')).toMatchObject({
      name: 'Kent County Council',
      region: 'South East',
      kind: 'COUNTY',
      onsCode: 'E10000016',
      abolishedOn: '',
    });
    // Ordered by name, as `authorities` is by default.
    const names = csv.rows.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('filters as the GraphQL list does', async () => {
    const london = await download(api, '/export/authorities.csv?region=London');
    const listed = await api.graphql<{ authorities: { totalCount: number } }>(
      '{ authorities(filter: { region: "London" }) { totalCount } }',
    );
    expect(london.rows).toHaveLength(listed.body.data?.authorities.totalCount ?? -1);
    expect(london.rows.length).toBeGreaterThan(30);
    expect(new Set(london.rows.map((row) => row.region))).toEqual(new Set(['London']));

    const named = await download(api, '/export/authorities.csv?laCodes=886,835&orderBy=LA_CODE&direction=DESC');
    expect(named.rows.map((row) => row.laCode)).toEqual(['886', '835']);
    expect((await download(api, '/export/authorities.csv?includeAbolished=true')).rows).toHaveLength(154);
    expect((await download(api, '/export/authorities.csv?ratedIn=2009')).rows.map((row) => row.laCode).sort()).toEqual([
      '800',
      '835',
      '885',
      '886',
    ]);
  });

  it('gives assessments with their grades in numbers and in words, filtered by year and kind', async () => {
    const all = await download(api, '/export/assessments.csv');
    expect(all.rows).toHaveLength(5);
    const kent = all.rows.find((row) => row.laCode === '886');
    expect(kent).toMatchObject({ authorityName: 'Kent County Council', kind: 'ANNUAL_RATING', year: '2009', publishedOn: '2009-12-09' });
    const graded = await api.graphql<{
      authority: { assessments: Array<{ overallGrade: number; overallJudgement: string; summary: string }> };
    }>('{ authority(laCode: "886") { assessments { overallGrade overallJudgement summary } } }');
    const expected = graded.body.data?.authority.assessments[0];
    expect(kent).toMatchObject({
      overallGrade: String(expected?.overallGrade),
      overallJudgement: expected?.overallJudgement,
      summary: expected?.summary,
    });

    expect((await download(api, '/export/assessments.csv?year=2009')).rows).toHaveLength(4);
    const apa = await download(api, '/export/assessments.csv?kind=ANNUAL_PERFORMANCE_ASSESSMENT');
    expect(apa.rows).toEqual([expect.objectContaining({ year: '2006', capacityToImproveGrade: '3', socialCareGrade: '3' })]);
  });

  it('gives outcome areas with their lists intact, one row per area', async () => {
    const csv = await download(api, '/export/outcome-areas.csv');
    expect(Object.keys(csv.rows[0])).toEqual([...OUTCOME_AREA_COLUMNS]);
    const response = await api.graphql<{ assessments: { edges: Array<{ node: { outcomeAreas: Array<Record<string, unknown>> } }> } }>(
      '{ assessments(filter: { kind: ANNUAL_PERFORMANCE_ASSESSMENT }) { edges { node { outcomeAreas { area grade judgement strengths areasForImprovement narrative } } } } }',
    );
    const areas = response.body.data?.assessments.edges.flatMap((edge) => edge.node.outcomeAreas) ?? [];
    expect(areas).toHaveLength(6);
    expect(
      csv.rows.map((row) => ({ ...row, strengths: row.strengths.split('\n'), areasForImprovement: row.areasForImprovement.split('\n') })),
    ).toEqual(areas.map((area) => expect.objectContaining({ ...area, grade: String(area.grade) })));
    expect((await download(api, '/export/outcome-areas.csv?year=2009')).rows).toEqual([]);
  });

  it('gives setting judgements with the sentence each came from, quotes and commas intact', async () => {
    const response = await api.graphql<{
      authority: { id: string; assessments: Array<{ settingJudgements: Array<Record<string, unknown>> }> };
    }>(
      '{ authority(laCode: "835") { id assessments { settingJudgements { setting judgement count total proportion source evidence } } } }',
    );
    const csv = await download(api, `/export/setting-judgements.csv?authorityId=${response.body.data?.authority.id}`);
    const judgements = response.body.data?.authority.assessments.flatMap((assessment) => assessment.settingJudgements) ?? [];
    expect(judgements.length).toBeGreaterThan(3);
    expect(csv.rows).toEqual(
      judgements.map((judgement) =>
        expect.objectContaining({
          laCode: '835',
          setting: judgement.setting,
          judgement: judgement.judgement,
          count: judgement.count === null ? '' : String(judgement.count),
          total: judgement.total === null ? '' : String(judgement.total),
          proportion: judgement.proportion === null ? '' : String(judgement.proportion),
          source: judgement.source,
          evidence: judgement.evidence,
        }),
      ),
    );
    expect(csv.rows.some((row) => row.evidence.includes(','))).toBe(true);
  });

  it('refuses a bad parameter with the rule the GraphQL input states, and an unknown file', async () => {
    const notANumber = await download(api, '/export/assessments.csv?year=soon');
    expect(notANumber.status).toBe(400);
    const body = JSON.parse(notANumber.bytes.toString('utf8')) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'year' });
    const tooHigh = await download(api, '/export/assessments.csv?maxGrade=7');
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.bytes.toString('utf8')).toMatch(/maxGrade/);
    expect((await download(api, '/export/authorities.csv?kind=CITY')).status).toBe(400);
    expect((await download(api, '/export/letters.csv')).status).toBe(404);
  });

  it('reads a page of rows per statement, never the whole table at once', async () => {
    const prepared = await prepareCsvExport(api.database.dataSource, 'authorities', {}, 20);
    if (!prepared?.ok) throw new Error('authorities export refused');
    api.statements.reset();
    const { sink, text } = collector();
    await writeCsv(prepared.value, sink);
    expect(await readStrictly(text())).toHaveLength(152);
    // 152 rows in pages of 20: eight pages, one statement each.
    expect(api.statements.count).toBe(8);

    const areas = await prepareCsvExport(api.database.dataSource, 'setting-judgements', {}, 2);
    if (!areas?.ok) throw new Error('setting judgements export refused');
    api.statements.reset();
    await writeCsv(areas.value, collector().sink);
    // Five assessments in pages of two: three pages, each its assessments, their authorities and their judgements.
    expect(api.statements.count).toBe(9);
  });
});
