import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { AssessmentKind } from '../domain/enums';
import type { ParseWarning } from './parse-quality.type';
import { COLUMN_WIDTH } from './column-widths';

/** One letter's verdict on one authority for one year. */
@Directive('@key(fields: "id")')
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({
  description:
    "One letter's verdict on one authority for one year: an Annual Performance Assessment (APA) letter of 2005-2008 or the " +
    "9 December 2009 children's services annual rating",
})
@Entity({ name: 'assessment' })
@Unique('uq_assessment_authority_kind_year', ['authorityId', 'kind', 'year'])
@Index(['year', 'kind'])
export class Assessment {
  @Field(() => ID, { description: 'Identifier of the assessment; it stays the same when a newer letter replaces it' })
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'authority_id', type: 'int' })
  authorityId!: number;

  @Field(() => AssessmentKind, { description: 'Which kind of letter: APA (2005-2008) or the 2009 annual rating' })
  @Column({ type: 'varchar', length: COLUMN_WIDTH.assessment.kind })
  kind!: AssessmentKind;

  @Field(() => Int, { description: 'The year assessed, 2005-2009 (the year of the letter)' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => LocalDateResolver, { description: 'Date of the letter, e.g. "2009-12-09"' })
  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  @Field(() => Int, {
    description:
      "1-4, 4 best: the 2009 rating, or the APA grade for the council's overall contribution to improving outcomes for " +
      'children. The same number meant different words: 2 was "adequate" (a service that delivers only minimum requirements) in an APA ' +
      'letter and "performs adequately" in the 2009 rating; 4 "outstanding" / "performs excellently", 3 "good" / ' +
      '"performs well", 1 "inadequate" / "performs poorly" (see overallJudgement)',
  })
  @Index()
  @Column({ name: 'overall_grade', type: 'int' })
  overallGrade!: number;

  @Field(() => Int, {
    nullable: true,
    description: "APA only: the council's capacity to improve its services for children, 1-4 (4 outstanding, 1 inadequate)",
  })
  @Column({ name: 'capacity_to_improve_grade', type: 'int', nullable: true })
  capacityToImproveGrade!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "APA only: the grade for the council's social care services for children, 1-4 (4 outstanding, 1 inadequate)",
  })
  @Column({ name: 'social_care_grade', type: 'int', nullable: true })
  socialCareGrade!: number | null;

  @Field({ description: "The letter's summary paragraph" })
  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'recipient_name', type: 'varchar', length: COLUMN_WIDTH.assessment.recipientName, nullable: true })
  recipientName!: string | null;

  @Column({ name: 'recipient_role', type: 'varchar', length: COLUMN_WIDTH.assessment.recipientRole, nullable: true })
  recipientRole!: string | null;

  @Column({ name: 'source_letter_id', type: 'int' })
  sourceLetterId!: number;

  /** What the parser could not read in the letter (served as `quality.warnings`). */
  @Column({ type: 'simple-json' })
  warnings!: ParseWarning[];

  /** No warning says part of the letter went unread; a column of its own so lists and aggregates can filter on it. */
  @Index()
  @Column({ type: 'boolean' })
  complete!: boolean;
}
