import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CHANGEABLE_CACHE_HINT, HISTORICAL_CACHE_HINT } from '../../schema/cache-hints';
import type { AppContext } from '../context';
import { Setting } from '../../domain/enums';
import { gradeLabel } from '../../domain/grade-words';
import { Assessment, AssessmentRevision, Authority, OutcomeArea, SettingJudgement, SourceLetter } from '../../entities/index';
import { assessmentQuery, assessmentSortKey } from './assessments.sql';
import { paginate } from '../../schema/pagination/paginate';
import { AssessmentsArgs } from './assessments.args';
import { Connection, type ConnectionResult } from '../../schema/pagination/connection.type';
import { parseId } from '../../schema/errors';
import { Recipient } from '../../entities/recipient.type';

/** The Relay connection of Assessment nodes. */
export const AssessmentConnection = Connection(Assessment, 'Assessment');

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => Assessment, { nullable: true, description: 'One assessment by its id; null when there is none' })
  assessment(
    @Ctx() { loaders }: AppContext,
    @Arg('id', () => ID, { description: "The assessment's id" }) id: string,
  ): Promise<Assessment | null> {
    return loaders.assessmentById.load(parseId(id, 'id'));
  }

  @Directive(CHANGEABLE_CACHE_HINT)
  @Query(() => AssessmentConnection, { description: 'Assessments as a Relay connection, by year unless `orderBy` says otherwise' })
  assessments(@Ctx() { dataSource }: AppContext, @Args() args: AssessmentsArgs): Promise<ConnectionResult<Assessment>> {
    return paginate(assessmentQuery(dataSource, args.filter), assessmentSortKey(args.orderBy), args);
  }

  @FieldResolver(() => Authority, { description: 'The authority the letter assessed' })
  async authority(@Root() assessment: Assessment, @Ctx() { loaders }: AppContext): Promise<Authority> {
    const authority = await loaders.authorityById.load(assessment.authorityId);
    if (!authority) throw new Error(`Assessment ${assessment.id} refers to missing authority ${assessment.authorityId}`);
    return authority;
  }

  @FieldResolver(() => String, { description: 'The grade in Ofsted\'s words: "Performs well" (2009) or "Good" (APA)' })
  overallJudgement(@Root() assessment: Assessment): string {
    return gradeLabel(assessment.kind, assessment.overallGrade);
  }

  // Part of the letter, as historical as the assessment; the Recipient type itself carries no hint.
  @Directive(HISTORICAL_CACHE_HINT)
  @FieldResolver(() => Recipient, {
    nullable: true,
    description: "Who the letter was addressed to (usually the director of children's services)",
  })
  recipient(@Root() assessment: Assessment): Recipient | null {
    if (assessment.recipientName === null) return null;
    return { name: assessment.recipientName, role: assessment.recipientRole };
  }

  @FieldResolver(() => [OutcomeArea], { description: 'APA letters only: one judgement per outcome area' })
  outcomeAreas(@Root() assessment: Assessment, @Ctx() { loaders }: AppContext): Promise<OutcomeArea[]> {
    return loaders.outcomeAreasByAssessmentId.load(assessment.id);
  }

  @FieldResolver(() => [SettingJudgement], {
    description: '2009 rating letters only: what the letter says about each kind of setting or service, in the order it says it',
  })
  async settingJudgements(
    @Root() assessment: Assessment,
    @Ctx() { loaders }: AppContext,
    @Arg('setting', () => Setting, { nullable: true, description: 'Only judgements on this kind of setting' }) setting?: Setting,
  ): Promise<SettingJudgement[]> {
    const all = await loaders.settingJudgementsByAssessmentId.load(assessment.id);
    return setting ? all.filter((judgement) => judgement.setting === setting) : all;
  }

  @FieldResolver(() => SourceLetter, { description: 'The letter this assessment was read from: its text, file name and SHA-256' })
  async sourceLetter(@Root() assessment: Assessment, @Ctx() { loaders }: AppContext): Promise<SourceLetter> {
    const letter = await loaders.sourceLetterById.load(assessment.sourceLetterId);
    if (!letter) throw new Error(`Assessment ${assessment.id} refers to missing source letter ${assessment.sourceLetterId}`);
    return letter;
  }

  @Directive(CHANGEABLE_CACHE_HINT)
  @FieldResolver(() => [AssessmentRevision], {
    description:
      'Every letter accepted for this assessment, newest first: the first is the version the assessment serves now, ' +
      'the rest are the versions it replaced (kept readable with their source letters and grades)',
  })
  revisions(@Root() assessment: Assessment, @Ctx() { loaders }: AppContext): Promise<AssessmentRevision[]> {
    return loaders.revisionsByAssessmentId.load(assessment.id);
  }
}
