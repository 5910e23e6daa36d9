import type { DataSource } from 'typeorm';
import { gradeLabel } from '../../domain/grade-words';
import type { Assessment, Authority } from '../../entities/index';
import { paginate } from '../../schema/pagination/paginate';
import { assessmentQuery, assessmentSortKey } from '../assessments/assessments.sql';
import { authorityQuery, authoritySortKey } from '../authorities/authorities.sql';
import { createLoaders } from '../loaders';
import type { AssessmentExportQuery, AuthorityExportQuery } from './export-filters';
import { describeWarning } from '../../letters/parse-warnings';

/** One cell: numbers and text as they are, null as an empty cell. */
export type Cell = string | number | null;

/** One line of a CSV file with the given columns. */
export type CsvRow<TColumn extends string = string> = Record<TColumn, Cell>;

const KEY_COLUMNS = ['assessmentId', 'laCode', 'authorityName', 'region', 'kind', 'year'] as const;

/** The columns of each file, in order; the row builders below are typed against them. */
export const AUTHORITY_COLUMNS = [
  'authorityId',
  'laCode',
  'name',
  'shortName',
  'onsCode',
  'region',
  'kind',
  'establishedOn',
  'abolishedOn',
] as const;
export const ASSESSMENT_COLUMNS = [
  ...KEY_COLUMNS,
  'authorityKind',
  'publishedOn',
  'overallGrade',
  'overallJudgement',
  'capacityToImproveGrade',
  'socialCareGrade',
  'recipientName',
  'recipientRole',
  'summary',
  'complete',
  'warnings',
] as const;
export const OUTCOME_AREA_COLUMNS = [
  ...KEY_COLUMNS,
  'area',
  'grade',
  'judgement',
  'strengths',
  'areasForImprovement',
  'narrative',
] as const;
export const SETTING_JUDGEMENT_COLUMNS = [
  ...KEY_COLUMNS,
  'setting',
  'judgement',
  'count',
  'total',
  'proportion',
  'source',
  'evidence',
] as const;

type Columns<T extends readonly string[]> = CsvRow<T[number]>;

/**
 * Rows fetched per statement. The exports page through the same keyset pagination as the
 * GraphQL lists, so memory holds one page whatever the size of the table, and no connection
 * is held between pages (on SQLite a long read would hold up ingest).
 */
export const EXPORT_PAGE_SIZE = 500;

/** Several items of a list in one cell: spreadsheets show the line breaks inside a quoted cell. */
const LIST_SEPARATOR = '\n';

/** Every row of a filtered, ordered GraphQL list, page by page, through its own keyset pagination. */
async function* pages<TRow extends { id: number }>(
  nextPage: (after: string | null) => ReturnType<typeof paginate<TRow>>,
): AsyncGenerator<TRow[]> {
  let after: string | null = null;
  for (;;) {
    const page = await nextPage(after);
    if (page.edges.length) yield page.edges.map((edge) => edge.node);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

function authorityColumns(authority: Authority): Columns<typeof AUTHORITY_COLUMNS> {
  return {
    authorityId: authority.id,
    laCode: authority.laCode,
    name: authority.name,
    shortName: authority.shortName,
    onsCode: authority.onsCode,
    region: authority.region,
    kind: authority.kind,
    establishedOn: authority.establishedOn,
    abolishedOn: authority.abolishedOn,
  };
}

/** `authorities.csv`: one row per authority, with `authorities(filter, orderBy)`'s rows and order. */
export async function* authorityRows(
  dataSource: DataSource,
  { filter, orderBy }: AuthorityExportQuery,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Columns<typeof AUTHORITY_COLUMNS>> {
  const sort = authoritySortKey(orderBy);
  for await (const page of pages((after) => paginate(authorityQuery(dataSource, filter), sort, { first: pageSize, after }))) {
    yield* page.map(authorityColumns);
  }
}

/** The columns naming the assessment a row belongs to, repeated on each row so every file stands alone. */
function assessmentKey(assessment: Assessment, authority: Authority | null): Columns<typeof KEY_COLUMNS> {
  return {
    assessmentId: assessment.id,
    laCode: authority?.laCode ?? null,
    authorityName: authority?.name ?? null,
    region: authority?.region ?? null,
    kind: assessment.kind,
    year: assessment.year,
  };
}

/** A page of assessments with their authorities, fetched in one statement by fresh loaders. */
interface AssessmentPage {
  assessments: Assessment[];
  authorities: Map<number, Authority | null>;
  loaders: ReturnType<typeof createLoaders>;
}

/**
 * The assessments matching `assessments(filter, orderBy)`, a page at a time with their
 * authorities. Loaders are made per page, so what they cache is dropped with the page.
 */
async function* assessmentPages(
  dataSource: DataSource,
  { filter, orderBy }: AssessmentExportQuery,
  pageSize: number,
): AsyncGenerator<AssessmentPage> {
  const sort = assessmentSortKey(orderBy);
  for await (const assessments of pages((after) => paginate(assessmentQuery(dataSource, filter), sort, { first: pageSize, after }))) {
    const loaders = createLoaders(dataSource);
    const authorityIds = [...new Set(assessments.map((assessment) => assessment.authorityId))];
    const found = await loaders.authorityById.loadMany(authorityIds);
    const authorities = new Map(
      authorityIds.map((id, index) => [id, found[index] instanceof Error ? null : (found[index] as Authority | null)]),
    );
    yield { assessments, authorities, loaders };
  }
}

/** `assessments.csv`: one row per assessment with its grades in numbers and in Ofsted's words. */
export async function* assessmentRows(
  dataSource: DataSource,
  query: AssessmentExportQuery,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Columns<typeof ASSESSMENT_COLUMNS>> {
  for await (const { assessments, authorities } of assessmentPages(dataSource, query, pageSize)) {
    for (const assessment of assessments) {
      yield {
        ...assessmentKey(assessment, authorities.get(assessment.authorityId) ?? null),
        authorityKind: authorities.get(assessment.authorityId)?.kind ?? null,
        publishedOn: assessment.publishedOn,
        overallGrade: assessment.overallGrade,
        overallJudgement: gradeLabel(assessment.kind, assessment.overallGrade),
        capacityToImproveGrade: assessment.capacityToImproveGrade,
        socialCareGrade: assessment.socialCareGrade,
        recipientName: assessment.recipientName,
        recipientRole: assessment.recipientRole,
        summary: assessment.summary,
        // As in GraphQL's Assessment.quality: whether the letter was read completely, then each warning on a line of its own.
        complete: assessment.complete ? 'true' : 'false',
        warnings: assessment.warnings.map(describeWarning).join('\n'),
      };
    }
  }
}

/** `outcome-areas.csv`: one row per outcome area of the matching assessments (APA letters have six). */
export async function* outcomeAreaRows(
  dataSource: DataSource,
  query: AssessmentExportQuery,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Columns<typeof OUTCOME_AREA_COLUMNS>> {
  for await (const { assessments, authorities, loaders } of assessmentPages(dataSource, query, pageSize)) {
    const areas = await loaders.outcomeAreasByAssessmentId.loadMany(assessments.map((assessment) => assessment.id));
    for (const [index, assessment] of assessments.entries()) {
      const ofAssessment = areas[index];
      if (ofAssessment instanceof Error) throw ofAssessment;
      for (const area of ofAssessment) {
        yield {
          ...assessmentKey(assessment, authorities.get(assessment.authorityId) ?? null),
          area: area.area,
          grade: area.grade,
          judgement: area.judgement,
          strengths: area.strengths.join(LIST_SEPARATOR),
          areasForImprovement: area.areasForImprovement.join(LIST_SEPARATOR),
          narrative: area.narrative,
        };
      }
    }
  }
}

/** `setting-judgements.csv`: one row per setting judgement of the matching assessments (2009 letters). */
export async function* settingJudgementRows(
  dataSource: DataSource,
  query: AssessmentExportQuery,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Columns<typeof SETTING_JUDGEMENT_COLUMNS>> {
  for await (const { assessments, authorities, loaders } of assessmentPages(dataSource, query, pageSize)) {
    const judgements = await loaders.settingJudgementsByAssessmentId.loadMany(assessments.map((assessment) => assessment.id));
    for (const [index, assessment] of assessments.entries()) {
      const ofAssessment = judgements[index];
      if (ofAssessment instanceof Error) throw ofAssessment;
      for (const judgement of ofAssessment) {
        yield {
          ...assessmentKey(assessment, authorities.get(assessment.authorityId) ?? null),
          setting: judgement.setting,
          judgement: judgement.judgement,
          count: judgement.count,
          total: judgement.total,
          proportion: judgement.proportion,
          source: judgement.source,
          evidence: judgement.evidence,
        };
      }
    }
  }
}
