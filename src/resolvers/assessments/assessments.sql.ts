import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { canonicalRegion } from '../../reference/regions';
import { Assessment, Authority } from '../../entities/index';
import type { AssessmentFilter } from './assessment-filter.input';
import { AssessmentOrderField, type AssessmentOrder } from './assessment-order.input';
import { parseId } from '../../schema/errors';
import { SortDirection } from '../../schema/pagination/paginate';
import type { SortKey } from '../../schema/pagination/paginate';

/** The assessments matching a filter, as a query builder aliased `assessment`. */
export function assessmentQuery(dataSource: DataSource, filter: AssessmentFilter = {}): SelectQueryBuilder<Assessment> {
  const query = dataSource.getRepository(Assessment).createQueryBuilder('assessment');
  if (filter.kind) query.andWhere('assessment.kind = :kind', { kind: filter.kind });
  if (filter.year !== undefined && filter.year !== null) query.andWhere('assessment.year = :year', { year: filter.year });
  if (filter.minGrade !== undefined && filter.minGrade !== null) {
    query.andWhere('assessment.overallGrade >= :minGrade', { minGrade: filter.minGrade });
  }
  if (filter.maxGrade !== undefined && filter.maxGrade !== null) {
    query.andWhere('assessment.overallGrade <= :maxGrade', { maxGrade: filter.maxGrade });
  }
  if (filter.authorityId !== undefined && filter.authorityId !== null) {
    query.andWhere('assessment.authorityId = :authorityId', { authorityId: parseId(filter.authorityId, 'filter.authorityId') });
  }
  if (filter.complete !== undefined && filter.complete !== null)
    query.andWhere('assessment.complete = :complete', { complete: filter.complete ? 1 : 0 });
  if (filter.region !== undefined || filter.authorityKind !== undefined) {
    query.innerJoin(Authority, 'assessed', 'assessed.id = assessment.authorityId');
    if (filter.region !== undefined && filter.region !== null)
      query.andWhere('assessed.region = :region', { region: canonicalRegion(filter.region) ?? filter.region });
    if (filter.authorityKind) query.andWhere('assessed.kind = :authorityKind', { authorityKind: filter.authorityKind });
  }
  return query;
}

const ASSESSMENT_SORT_COLUMNS: Record<AssessmentOrderField, { column: string; valueOf: (row: Assessment) => string | number }> = {
  [AssessmentOrderField.YEAR]: { column: 'assessment.year', valueOf: (row) => row.year },
  [AssessmentOrderField.GRADE]: { column: 'assessment.overallGrade', valueOf: (row) => row.overallGrade },
  [AssessmentOrderField.PUBLISHED_ON]: { column: 'assessment.publishedOn', valueOf: (row) => row.publishedOn },
};

/** The sort key for `assessments(orderBy:)`; by year when none is given. */
export function assessmentSortKey(order?: AssessmentOrder): SortKey<Assessment> {
  const { column, valueOf } = ASSESSMENT_SORT_COLUMNS[order?.field ?? AssessmentOrderField.YEAR];
  return { column, valueOf, idColumn: 'assessment.id', direction: order?.direction ?? SortDirection.ASC };
}
