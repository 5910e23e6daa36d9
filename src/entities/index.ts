import { Assessment } from './assessment.entity';
import { AssessmentRevision } from './assessment-revision.entity';
import { Authority } from './authority.entity';
import { LetterPassage } from './letter-passage.entity';
import { OutcomeArea } from './outcome-area.entity';
import { SettingJudgement } from './setting-judgement.entity';
import { SourceLetter } from './source-letter.entity';
import { StatisticalNeighbour } from './statistical-neighbour.entity';

export { Assessment, AssessmentRevision, Authority, LetterPassage, OutcomeArea, SettingJudgement, SourceLetter, StatisticalNeighbour };

/** Every entity the data source maps. */
export const ENTITIES = [
  Authority,
  StatisticalNeighbour,
  SourceLetter,
  Assessment,
  OutcomeArea,
  SettingJudgement,
  LetterPassage,
  AssessmentRevision,
];
