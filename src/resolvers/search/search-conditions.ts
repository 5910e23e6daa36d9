import type { AssessmentKind } from '../../domain/enums';
import type { PassageKind } from '../../domain/enums';

/** What a search may be narrowed to; every given condition must hold. */
export interface SearchConditions {
  year?: number | null;
  kind?: AssessmentKind | null;
  region?: string | null;
  authorityId?: number | null;
  passageKind?: PassageKind | null;
}

/** SQL conditions with their bound values, over the aliases `passage`, `assessment` and `authority`. */
export interface SqlConditions {
  sql: string[];
  parameters: Array<string | number>;
}

/** The WHERE conditions for a search's filter: fixed SQL text, the user's values only as parameters. */
export function conditionsSql(conditions: SearchConditions): SqlConditions {
  const sql: string[] = [];
  const parameters: Array<string | number> = [];
  const add = (condition: string, value: string | number | null | undefined): void => {
    if (value === undefined || value === null) return;
    sql.push(condition);
    parameters.push(value);
  };
  add('assessment.year = ?', conditions.year);
  add('assessment.kind = ?', conditions.kind);
  add('authority.region = ?', conditions.region);
  add('assessment.authority_id = ?', conditions.authorityId);
  add('passage.kind = ?', conditions.passageKind);
  return { sql, parameters };
}
