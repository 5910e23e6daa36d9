import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { AssessmentKind } from '../domain/enums';
import { COLUMN_WIDTH } from './column-widths';

/** One letter's verdict on one authority for one year. */
@Directive('@key(fields: "id")')
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({ description: "One letter's verdict on one authority for one year" })
@Entity({ name: 'assessment' })
@Unique('uq_assessment_authority_kind_year', ['authorityId', 'kind', 'year'])
@Index(['year', 'kind'])
export class Assessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'authority_id', type: 'int' })
  authorityId!: number;

  @Field(() => AssessmentKind)
  @Column({ type: 'varchar', length: COLUMN_WIDTH.assessment.kind })
  kind!: AssessmentKind;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => LocalDateResolver, { description: 'Date of the letter, e.g. "2009-12-09"' })
  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  @Field(() => Int, {
    description: "1-4: the 2009 rating, or the APA grade for the council's children's services",
  })
  @Index()
  @Column({ name: 'overall_grade', type: 'int' })
  overallGrade!: number;

  @Field(() => Int, { nullable: true, description: 'APA only: capacity to improve, 1-4' })
  @Column({ name: 'capacity_to_improve_grade', type: 'int', nullable: true })
  capacityToImproveGrade!: number | null;

  @Field(() => Int, { nullable: true, description: 'APA only: social care services, 1-4' })
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
}
