import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { Area } from '../domain/enums';
import { COLUMN_WIDTH } from './column-widths';

/** An APA letter's judgement on one Every Child Matters outcome area or on service management. */
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({ description: "An assessment's judgement on one outcome area" })
@Entity({ name: 'outcome_area' })
@Unique('uq_outcome_area_assessment_area', ['assessmentId', 'area'])
export class OutcomeArea {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'assessment_id', type: 'int' })
  assessmentId!: number;

  @Field(() => Area)
  @Column({ type: 'varchar', length: COLUMN_WIDTH.outcomeArea.area })
  area!: Area;

  @Field(() => Int)
  @Column({ type: 'int' })
  grade!: number;

  @Field({ description: 'The words of the judgement, e.g. "adequate, with some good features"' })
  @Column({ type: 'varchar', length: COLUMN_WIDTH.outcomeArea.judgement })
  judgement!: string;

  @Field()
  @Column({ type: 'text' })
  narrative!: string;

  @Field(() => [String])
  @Column({ type: 'simple-json' })
  strengths!: string[];

  @Field(() => [String])
  @Column({ name: 'areas_for_improvement', type: 'simple-json' })
  areasForImprovement!: string[];
}
