import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CHANGEABLE_CACHE_HINT } from '../../schema/cache-hints';
import type { AppContext } from '../context';
import { AssessmentRevision, SourceLetter } from '../../entities/index';
import { GradeChange, gradeChanges } from './grade-changes';

/**
 * The fields of a revision that come from elsewhere: its letter, and how it compares with the
 * assessment's other revisions. Those are read through the same per-request loader that
 * `Assessment.revisions` filled, so they cost no statement of their own.
 */
@Resolver(() => AssessmentRevision)
export class AssessmentRevisionResolver {
  @FieldResolver(() => SourceLetter, { description: 'The letter this version was read from (file name, sha256, text)' })
  async sourceLetter(@Root() revision: AssessmentRevision, @Ctx() { loaders }: AppContext): Promise<SourceLetter> {
    const letter = await loaders.sourceLetterById.load(revision.sourceLetterId);
    if (!letter) throw new Error(`Revision ${revision.number} of assessment ${revision.assessmentId} refers to missing source letter`);
    return letter;
  }

  @FieldResolver(() => [GradeChange], {
    description: 'The grades that differ from the version before this one; empty for the first version',
  })
  async changes(@Root() revision: AssessmentRevision, @Ctx() { loaders }: AppContext): Promise<GradeChange[]> {
    const revisions = await loaders.revisionsByAssessmentId.load(revision.assessmentId);
    // Newest first, so the version before this one is the first with a smaller number.
    const previous = revisions.find((other) => other.number < revision.number);
    return previous === undefined ? [] : gradeChanges(previous, revision);
  }

  @Directive(CHANGEABLE_CACHE_HINT)
  @FieldResolver(() => Boolean, { description: 'True for the version the assessment serves now (the newest)' })
  async isCurrent(@Root() revision: AssessmentRevision, @Ctx() { loaders }: AppContext): Promise<boolean> {
    const revisions = await loaders.revisionsByAssessmentId.load(revision.assessmentId);
    return revisions[0]?.number === revision.number;
  }
}
