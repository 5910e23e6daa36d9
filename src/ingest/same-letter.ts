import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from 'typeorm';
import { Assessment, AssessmentRevision } from '../entities';
import type { ParsedLetter } from '../letters/parsed-letter';
import { toAssessmentRow, toRevisionRow } from './assessment-rows';

/** What an `unchanged` outcome says when the text is new but the letter is not. */
export const SAME_LETTER_ANOTHER_FORMAT = 'same letter, another format';

/** Everything an accepted letter gives an assessment, without where it is stored or when. */
function letterContent(letter: ParsedLetter): Record<string, unknown> {
  const place = { assessmentId: 0, number: 0, sourceLetterId: 0, acceptedAt: new Date(0) };
  const { publishedOn, overallGrade, capacityToImproveGrade, socialCareGrade, outcomeAreas, settingJudgements } = toRevisionRow(
    letter,
    place,
  );
  const { summary, recipientName, recipientRole } = toAssessmentRow(letter, 0, 0);
  return {
    publishedOn,
    overallGrade,
    capacityToImproveGrade,
    socialCareGrade,
    outcomeAreas,
    settingJudgements,
    summary,
    recipientName,
    recipientRole,
  };
}

/**
 * True when a letter whose text is not stored parses to exactly what the assessment serves now:
 * the same letter in another format (its PDF or Word copy beside the text, or the text beside
 * the PDF). Every field is compared (dates, grades, outcome areas with their lists and
 * narratives, setting judgements with their evidence, summary, recipient); only the parser's
 * warnings are not, as they are about the reading, not the letter. Storing it would add a
 * revision that changes nothing, and with `--replace` swap the stored text for another
 * form of it.
 */
export async function servesSameLetter(
  manager: EntityManager,
  assessment: Pick<Assessment, 'id' | 'sourceLetterId'>,
  letter: ParsedLetter,
): Promise<boolean> {
  const [revision, stored] = await Promise.all([
    manager.findOne(AssessmentRevision, { where: { assessmentId: assessment.id, sourceLetterId: assessment.sourceLetterId } }),
    manager.findOne(Assessment, {
      where: { id: assessment.id },
      select: { id: true, summary: true, recipientName: true, recipientRole: true },
    }),
  ]);
  if (revision === null || stored === null) return false;
  const current = {
    publishedOn: revision.publishedOn,
    overallGrade: revision.overallGrade,
    capacityToImproveGrade: revision.capacityToImproveGrade,
    socialCareGrade: revision.socialCareGrade,
    outcomeAreas: revision.outcomeAreas,
    settingJudgements: revision.settingJudgements,
    summary: stored.summary,
    recipientName: stored.recipientName,
    recipientRole: stored.recipientRole,
  };
  return isDeepStrictEqual(JSON.parse(JSON.stringify(current)), JSON.parse(JSON.stringify(letterContent(letter))));
}
