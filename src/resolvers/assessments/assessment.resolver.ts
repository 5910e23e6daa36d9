import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
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
import { AssessmentQuality } from '../../entities/parse-quality.type';
import { projectedColumns } from '../projection';
import { AUTHORITY_PROJECTION } from '../authorities/authority.projection';
import {
  ASSESSMENT_PROJECTION,
  OUTCOME_AREA_PROJECTION,
  SETTING_JUDGEMENT_PROJECTION,
  SOURCE_LETTER_PROJECTION,
} from './assessment.projection';

/** The Relay connection of Assessment nodes. */
export const AssessmentConnection = Connection(Assessment, 'Assessment');

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => Assessment, { nullable: true, description: 'One assessment by its id; null when there is none' })
  assessment(
    @Ctx() { loaders }: AppContext,
    @Arg('id', () => ID, { description: "The assessment's id" }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Assessment | null> {
    return loaders.assessmentById.load(parseId(id, 'id'), projectedColumns(info, ASSESSMENT_PROJECTION));
  }

  @Directive(CHANGEABLE_CACHE_HINT)
  @Query(() => AssessmentConnection, { description: 'Assessments as a Relay connection, by year unless `orderBy` says otherwise' })
  assessments(@Ctx() { dataSource }: AppContext, @Args() args: AssessmentsArgs): Promise<ConnectionResult<Assessment>> {
    return paginate(assessmentQuery(dataSource, args.filter), assessmentSortKey(args.orderBy), args);
  }

  @FieldResolver(() => Authority, { description: 'The authority the letter assessed' })
  async authority(@Root() assessment: Assessment, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo): Promise<Authority> {
    const authority = await loaders.authorityById.load(assessment.authorityId, projectedColumns(info, AUTHORITY_PROJECTION));
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

  @FieldResolver(() => AssessmentQuality, {
    description: 'How completely the parser read the letter: complete or not, and its warnings with codes and evidence',
  })
  quality(@Root() assessment: Assessment): AssessmentQuality {
    return { complete: assessment.complete, warningCount: assessment.warnings.length, warnings: assessment.warnings };
  }

  @FieldResolver(() => [OutcomeArea], { description: 'APA letters only: one judgement per outcome area' })
  outcomeAreas(@Root() assessment: Assessment, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo): Promise<OutcomeArea[]> {
    return loaders.outcomeAreasByAssessmentId.load(assessment.id, projectedColumns(info, OUTCOME_AREA_PROJECTION));
  }

  @FieldResolver(() => [SettingJudgement], {
    description: '2009 rating letters only: what the letter says about each kind of setting or service, in the order it says it',
  })
  settingJudgements(
    @Root() assessment: Assessment,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('setting', () => Setting, { nullable: true, description: 'Only judgements on this kind of setting' }) setting?: Setting,
  ): Promise<SettingJudgement[]> {
    const all = loaders.settingJudgementsByAssessmentId.load(assessment.id, projectedColumns(info, SETTING_JUDGEMENT_PROJECTION));
    // Unfiltered, the loaded list itself: no copy and no extra promise per assessment of a page.
    return setting ? all.then((list) => list.filter((judgement) => judgement.setting === setting)) : all;
  }

  @FieldResolver(() => SourceLetter, { description: 'The letter this assessment was read from: its text, file name and SHA-256' })
  async sourceLetter(
    @Root() assessment: Assessment,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SourceLetter> {
    const letter = await loaders.sourceLetterById.load(assessment.sourceLetterId, projectedColumns(info, SOURCE_LETTER_PROJECTION));
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
