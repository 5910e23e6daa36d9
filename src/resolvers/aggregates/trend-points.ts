import type { Assessment } from '../../entities/index';
import type { TrendPoint } from './authority-insights.types';

/**
 * An authority's assessments as a grade line, oldest first. APA overall grades (2005-2008)
 * and the 2009 rating share the 1-4 scale, so each point's change is its grade minus the
 * previous point's: positive means the authority was judged better than before.
 */
export function trendPoints(assessments: readonly Assessment[]): TrendPoint[] {
  const ordered = [...assessments].sort(
    (left, right) => left.year - right.year || compareText(left.kind, right.kind) || left.id - right.id,
  );
  return ordered.map((assessment, index) => ({
    year: assessment.year,
    kind: assessment.kind,
    grade: assessment.overallGrade,
    change: index === 0 ? null : assessment.overallGrade - ordered[index - 1].overallGrade,
    assessmentId: assessment.id,
    assessment,
  }));
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
