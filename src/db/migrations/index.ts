import { InitialSchema1732000000000 } from './1732000000000-initial-schema';
import { ReferenceAuthorities1732000000001 } from './1732000000001-reference-authorities';
import { LetterPassages1732000000100 } from './1732000000100-letter-passages';
import { AuthorityEstablishedOn1732000000200 } from './1732000000200-authority-established-on';
import { AssessmentRevisions1732000000300 } from './1732000000300-assessment-revisions';
import { AggregateSummaries1732000000400 } from './1732000000400-aggregate-summaries';
import { AssessmentQuality1732000000500 } from './1732000000500-assessment-quality';
import { MroongaSearch1732000000600 } from './1732000000600-mroonga-search';
import { IncompleteCounts1732000000700 } from './1732000000700-incomplete-counts';
import { LetterTextJsonBytes1732000000800 } from './1732000000800-letter-text-json-bytes';

/** Every migration, oldest first. Listed explicitly so the same code runs from `src` and `dist`. */
export const MIGRATIONS = [
  InitialSchema1732000000000,
  ReferenceAuthorities1732000000001,
  LetterPassages1732000000100,
  AuthorityEstablishedOn1732000000200,
  AssessmentRevisions1732000000300,
  AggregateSummaries1732000000400,
  AssessmentQuality1732000000500,
  MroongaSearch1732000000600,
  IncompleteCounts1732000000700,
  LetterTextJsonBytes1732000000800,
];
