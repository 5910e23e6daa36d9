import { AssessmentKind } from '../../src/domain/enums';
import type { IngestSuccess } from '../../src/ingest/ingest-outcome';

/** Kent's 2009 rating letter, stored as assessment 5. */
export const KENT_INGESTED: IngestSuccess = {
  status: 'ingested',
  assessmentId: 5,
  authorityId: 80,
  authorityName: 'Kent County Council',
  sourceLetterId: 5,
  kind: AssessmentKind.ANNUAL_RATING,
  year: 2009,
};
