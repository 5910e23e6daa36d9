import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { ParseWarning } from './parse-quality.type';
import { RevisionOutcomeArea, RevisionSettingJudgement } from './revision-snapshots.type';

/**
 * One accepted version of an assessment: the letter it was read from and everything that
 * letter gave. Rows are only ever added. The assessment row and its `outcome_area`,
 * `setting_judgement` and `letter_passage` rows always hold the newest revision, so every
 * reader of current data (filters, aggregates, search) stays as it was; the revisions keep
 * the earlier versions readable. `(assessment_id, revision_number)` is unique, so two writers that
 * both try to add version n+1 cannot both succeed.
 */
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({ description: 'One accepted version of an assessment: its letter and the grades it gave' })
@Entity({ name: 'assessment_revision' })
@Unique('uq_assessment_revision_assessment_number', ['assessmentId', 'number'])
@Unique('uq_assessment_revision_source_letter', ['sourceLetterId'])
export class AssessmentRevision {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'assessment_id', type: 'int' })
  assessmentId!: number;

  @Field(() => Int, { description: '1 for the first letter accepted for the assessment, then 2, 3, ...' })
  @Column({ name: 'revision_number', type: 'int' })
  number!: number;

  @Column({ name: 'source_letter_id', type: 'int' })
  sourceLetterId!: number;

  @Field(() => DateTimeISOResolver, { description: 'When this version was accepted (stored)' })
  @Column({ name: 'accepted_at', type: 'datetime' })
  acceptedAt!: Date;

  @Field(() => LocalDateResolver, { description: 'Date of the letter' })
  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  @Field(() => Int, { description: "The overall grade this version gave, 1-4: the APA grade for children's services, or the 2009 rating" })
  @Column({ name: 'overall_grade', type: 'int' })
  overallGrade!: number;

  @Field(() => Int, { nullable: true, description: 'APA only: the capacity to improve grade this version gave, 1-4' })
  @Column({ name: 'capacity_to_improve_grade', type: 'int', nullable: true })
  capacityToImproveGrade!: number | null;

  @Field(() => Int, { nullable: true, description: 'APA only: the social care grade this version gave, 1-4' })
  @Column({ name: 'social_care_grade', type: 'int', nullable: true })
  socialCareGrade!: number | null;

  @Field(() => [RevisionOutcomeArea], { description: 'The outcome areas this version gave (APA letters)' })
  @Column({ name: 'outcome_areas', type: 'simple-json' })
  outcomeAreas!: RevisionOutcomeArea[];

  @Field(() => [RevisionSettingJudgement], { description: 'The setting judgements this version gave, in letter order' })
  @Column({ name: 'setting_judgements', type: 'simple-json' })
  settingJudgements!: RevisionSettingJudgement[];

  @Field(() => [ParseWarning], { description: "What the parser could not read in this version's letter, or read only by assuming" })
  @Column({ type: 'simple-json' })
  warnings!: ParseWarning[];
}
