import { WarningCode } from '../../../src/domain/enums';
import { Assessment, OutcomeArea, SettingJudgement } from '../../../src/entities';
import {
  ASSESSMENT_COLUMNS,
  AUTHORITY_COLUMNS,
  OUTCOME_AREA_COLUMNS,
  SETTING_JUDGEMENT_COLUMNS,
} from '../../../src/resolvers/export/export-tables';
import { loadBundledLetters } from '../../helpers/load-letters';
import { readCsvStrictly, withSpreadsheetNumbers } from '../../helpers/strict-csv-readers';
import { ENGINES } from '../../helpers/test-database';
import { type GraphQLResponse, type TestServer, useTestServer } from '../../helpers/test-server';

/** A filter as a download's query string and as the same list's GraphQL arguments. */
interface FilterCase {
  query: string;
  filter: Record<string, unknown>;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' };
}

type Value = string | number | null | undefined;

/** Text a spreadsheet would run as a formula (OWASP's list, full-width forms included). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A GraphQL value as the CSV cell must hold it: empty for null, formula-like text behind an apostrophe. */
function cell(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

interface Page<TNode> {
  edges: Array<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

/** GraphQL's enum and ID literals are not JSON; the filters are passed as variables instead. */
async function allNodes<TNode>(api: TestServer, field: string, selection: string, args: FilterCase): Promise<TNode[]> {
  const typeName = field === 'authorities' ? 'Authority' : 'Assessment';
  const nodes: TNode[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<Record<string, Page<TNode>>> = await api.graphql(
      `query ($filter: ${typeName}Filter, $orderBy: ${typeName}Order, $after: String) {
        list: ${field}(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {
          edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { filter: args.filter, orderBy: args.orderBy ?? null, after },
    );
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    const page: Page<TNode> | undefined = response.body.data?.list;
    if (!page) throw new Error(`no ${field} in the answer`);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

interface AuthorityNode {
  id: string;
  laCode: string;
  name: string;
  shortName: string;
  onsCode: string | null;
  region: string;
  kind: string;
  establishedOn: string | null;
  abolishedOn: string | null;
}

interface AssessmentNode {
  id: string;
  kind: string;
  year: number;
  publishedOn: string;
  overallGrade: number;
  overallJudgement: string;
  capacityToImproveGrade: number | null;
  socialCareGrade: number | null;
  summary: string;
  quality: { complete: boolean; warnings: Array<{ code: string; message: string; evidence: string | null }> };
  recipient: { name: string; role: string | null } | null;
  authority: { laCode: string; name: string; region: string; kind: string };
  outcomeAreas: Array<{
    area: string;
    grade: number;
    judgement: string;
    strengths: string[];
    areasForImprovement: string[];
    narrative: string;
  }>;
  settingJudgements: Array<{
    setting: string;
    judgement: string;
    count: number | null;
    total: number | null;
    proportion: number | null;
    source: string;
    evidence: string;
  }>;
}

const AUTHORITY_SELECTION = 'id laCode name shortName onsCode region kind establishedOn abolishedOn';
const ASSESSMENT_SELECTION = `id kind year publishedOn overallGrade overallJudgement capacityToImproveGrade socialCareGrade summary
  quality { complete warnings { code message evidence } }
  recipient { name role } authority { laCode name region kind }
  outcomeAreas { area grade judgement strengths areasForImprovement narrative }
  settingJudgements { setting judgement count total proportion source evidence }`;

/** The export's rows, header first, as the GraphQL answer gives them. */
async function expectedAuthorityRows(api: TestServer, args: FilterCase): Promise<string[][]> {
  const nodes = await allNodes<AuthorityNode>(api, 'authorities', AUTHORITY_SELECTION, args);
  return [
    [...AUTHORITY_COLUMNS],
    ...nodes.map((node) =>
      [node.id, node.laCode, node.name, node.shortName, node.onsCode, node.region, node.kind, node.establishedOn, node.abolishedOn].map(
        cell,
      ),
    ),
  ];
}

function assessmentKey(node: AssessmentNode): Value[] {
  return [node.id, node.authority.laCode, node.authority.name, node.authority.region, node.kind, node.year];
}

const ASSESSMENT_EXPORTS: Record<string, { columns: readonly string[]; rows: (node: AssessmentNode) => Value[][] }> = {
  assessments: {
    columns: ASSESSMENT_COLUMNS,
    rows: (node) => [
      [
        ...assessmentKey(node),
        node.authority.kind,
        node.publishedOn,
        node.overallGrade,
        node.overallJudgement,
        node.capacityToImproveGrade,
        node.socialCareGrade,
        node.recipient?.name,
        node.recipient?.role,
        node.summary,
        String(node.quality.complete),
        node.quality.warnings
          .map((warning) => `${warning.code}: ${warning.message}${warning.evidence === null ? '' : `: "${warning.evidence}"`}`)
          .join('\n'),
      ],
    ],
  },
  'outcome-areas': {
    columns: OUTCOME_AREA_COLUMNS,
    rows: (node) =>
      node.outcomeAreas.map((area) => [
        ...assessmentKey(node),
        area.area,
        area.grade,
        area.judgement,
        area.strengths.join('\n'),
        area.areasForImprovement.join('\n'),
        area.narrative,
      ]),
  },
  'setting-judgements': {
    columns: SETTING_JUDGEMENT_COLUMNS,
    rows: (node) =>
      node.settingJudgements.map((judgement) => [
        ...assessmentKey(node),
        judgement.setting,
        judgement.judgement,
        judgement.count,
        judgement.total,
        judgement.proportion,
        judgement.source,
        judgement.evidence,
      ]),
  },
};

const AUTHORITY_CASES: FilterCase[] = [
  { query: '', filter: {} },
  { query: 'region=London', filter: { region: 'London' } },
  { query: 'region=South%20East&orderBy=REGION', filter: { region: 'South East' }, orderBy: { field: 'REGION', direction: 'ASC' } },
  { query: 'kind=COUNTY', filter: { kind: 'COUNTY' } },
  { query: 'nameContains=shire', filter: { nameContains: 'shire' } },
  {
    query: 'laCodes=886,835&orderBy=LA_CODE&direction=DESC',
    filter: { laCodes: ['886', '835'] },
    orderBy: { field: 'LA_CODE', direction: 'DESC' },
  },
  { query: 'hasRating=true', filter: { hasRating: true } },
  { query: 'hasRating=false&ratedIn=2009', filter: { hasRating: false, ratedIn: 2009 } },
  { query: 'ratedIn=2006', filter: { ratedIn: 2006 } },
  {
    query: 'includeAbolished=true&orderBy=NAME&direction=DESC',
    filter: { includeAbolished: true },
    orderBy: { field: 'NAME', direction: 'DESC' },
  },
];

/** `authorityId` is filled in once the database is seeded. */
function assessmentCases(kentId: string): FilterCase[] {
  return [
    { query: '', filter: {} },
    { query: 'kind=ANNUAL_PERFORMANCE_ASSESSMENT', filter: { kind: 'ANNUAL_PERFORMANCE_ASSESSMENT' } },
    { query: 'year=2009&orderBy=GRADE&direction=DESC', filter: { year: 2009 }, orderBy: { field: 'GRADE', direction: 'DESC' } },
    { query: 'minGrade=3', filter: { minGrade: 3 } },
    { query: 'maxGrade=2&orderBy=YEAR', filter: { maxGrade: 2 }, orderBy: { field: 'YEAR', direction: 'ASC' } },
    { query: `authorityId=${kentId}`, filter: { authorityId: kentId } },
    { query: 'region=South%20East', filter: { region: 'South East' } },
    {
      query: 'authorityKind=UNITARY&orderBy=PUBLISHED_ON&direction=DESC',
      filter: { authorityKind: 'UNITARY' },
      orderBy: { field: 'PUBLISHED_ON', direction: 'DESC' },
    },
    { query: 'complete=false', filter: { complete: false } },
    { query: 'complete=true&kind=ANNUAL_RATING', filter: { complete: true, kind: 'ANNUAL_RATING' } },
  ];
}

/**
 * Text a hostile or careless letter could put in a cell: a formula, a phone number, a minus
 * sign, an at-sign and a tab at the start. Written straight into the tables, since no real
 * letter parses to them; the revision snapshots are left as they were.
 */
async function plantFormulaLikeText(api: TestServer): Promise<void> {
  const manager = api.database.dataSource.manager;
  const apa = await manager.findOneOrFail(Assessment, { where: { kind: 'ANNUAL_PERFORMANCE_ASSESSMENT' as Assessment['kind'] } });
  await manager.update(
    Assessment,
    { id: apa.id },
    { summary: '=HYPERLINK("http://example.invalid/?x=1","Click here")', recipientRole: '@SUM(1+1)' },
  );
  const area = await manager.findOneOrFail(OutcomeArea, { where: { assessmentId: apa.id }, order: { id: 'ASC' } });
  await manager.update(
    OutcomeArea,
    { id: area.id },
    {
      judgement: '-2+3',
      strengths: ['+44 20 7946 0000 runs a helpline', 'a second strength'],
      narrative: '\tIndented narrative, with a comma and a "quote"',
    },
  );
  const judgement = await manager.findOneOrFail(SettingJudgement, { where: {}, order: { id: 'ASC' } });
  await manager.update(SettingJudgement, { id: judgement.id }, { evidence: '=1+2' });
  // Two warnings (one cell, two lines) whose evidence holds a comma, quotes and a tab-like row.
  const rating = await manager.findOneOrFail(Assessment, { where: { id: judgement.assessmentId } });
  await manager.update(
    Assessment,
    { id: rating.id },
    {
      complete: false,
      warnings: [
        { code: WarningCode.UNREAD_STATEMENT, message: 'the sentence names childminders', evidence: 'Childminders, "mostly", good | 2009' },
        { code: WarningCode.NO_SETTING_STATEMENTS, message: 'no setting judgement was read', evidence: null },
      ],
    },
  );
}

describe.each(ENGINES)('CSV exports read back by strict readers on %s', (engine) => {
  const api = useTestServer(engine, {
    seed: async (server) => {
      await loadBundledLetters(server.database.dataSource);
      await plantFormulaLikeText(server);
    },
  });

  it('gives, for every export and every filter, the GraphQL answer to Python csv, pandas and LibreOffice Calc', async () => {
    const kent = await api.graphql<{ authority: { id: string } }>('{ authority(laCode: "886") { id } }');
    const kentId = kent.body.data?.authority.id ?? '';
    const files: Record<string, string> = {};
    const expected: Record<string, string[][]> = {};
    const sources: Record<string, string> = {};
    const downloadAs = async (name: string, file: string, query: string): Promise<void> => {
      const path = `/export/${file}.csv${query ? `?${query}` : ''}`;
      const response = await fetch(new URL(path, api.server.url));
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      files[name] = await response.text().then((text) => `\uFEFF${text}`);
      sources[name] = path;
    };

    for (const [index, args] of AUTHORITY_CASES.entries()) {
      const name = `authorities-${index}`;
      await downloadAs(name, 'authorities', args.query);
      expected[name] = await expectedAuthorityRows(api, args);
    }
    for (const [index, args] of assessmentCases(kentId).entries()) {
      const nodes = await allNodes<AssessmentNode>(api, 'assessments', ASSESSMENT_SELECTION, args);
      for (const [file, table] of Object.entries(ASSESSMENT_EXPORTS)) {
        const name = `${file}-${index}`;
        await downloadAs(name, file, args.query);
        expected[name] = [[...table.columns], ...nodes.flatMap(table.rows).map((row) => row.map(cell))];
      }
    }

    // The checks below mean something only if the files hold what broke readers before.
    const cells = Object.values(expected).flat(2);
    expect(cells.filter((value) => value.includes('\n')).length).toBeGreaterThan(5);
    expect(cells).toEqual(expect.arrayContaining(["'=1+2", "'-2+3", "'@SUM(1+1)", "'+44 20 7946 0000 runs a helpline\na second strength"]));
    expect(expected['authorities-0'].length).toBe(153);
    expect(expected['outcome-areas-0'].length).toBe(7);

    const reads = await readCsvStrictly(files, { spreadsheet: true });
    for (const name of Object.keys(files)) {
      const read = reads[name];
      const file = sources[name];
      expect({ file, reader: 'csv', rows: read.csv }).toEqual({ file, reader: 'csv', rows: expected[name] });
      expect({ file, reader: 'pandas', rows: read.pandas }).toEqual({ file, reader: 'pandas', rows: expected[name] });
      expect({ file, reader: 'LibreOffice Calc', rows: withSpreadsheetNumbers(read.spreadsheet ?? { error: 'not read' }) }).toEqual({
        file,
        reader: 'LibreOffice Calc',
        rows: withSpreadsheetNumbers(expected[name]),
      });
    }
  }, 300_000);
});
