import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { Area } from '../domain/enums';
import { COLUMN_WIDTH } from './column-widths';

/** An APA letter's judgement on one Every Child Matters outcome area or on service management. */
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({
  description:
    "An APA letter's judgement on one of the five Every Child Matters outcome areas (being healthy, staying safe, enjoying and " +
    'achieving, making a positive contribution, achieving economic well-being) or on service management. 2009 rating letters have none',
})
@Entity({ name: 'outcome_area' })
@Unique('uq_outcome_area_assessment_area', ['assessmentId', 'area'])
export class OutcomeArea {
  @Field(() => ID, { description: 'Identifier of this outcome area judgement' })
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'assessment_id', type: 'int' })
  assessmentId!: number;

  @Field(() => Area, { description: 'Which outcome area, or service management' })
  @Column({ type: 'varchar', length: COLUMN_WIDTH.outcomeArea.area })
  area!: Area;

  @Field(() => Int, {
    description:
      'The APA grade for the area, 1-4, in the APA service descriptors: 4 outstanding (delivers well above minimum ' +
      'requirements for users), 3 good (consistently above minimum requirements), 2 adequate (only minimum requirements), ' +
      '1 inadequate (does not deliver minimum requirements). For service management: the management of services for children ' +
      'and young people, including the capacity to improve them further',
  })
  @Column({ type: 'int' })
  grade!: number;

  @Field({ description: 'The words of the judgement, e.g. "adequate, with some good features"' })
  @Column({ type: 'varchar', length: COLUMN_WIDTH.outcomeArea.judgement })
  judgement!: string;

  @Field({ description: 'What the letter says about the area, as written (paragraphs joined)' })
  @Column({ type: 'text' })
  narrative!: string;

  @Field(() => [String], { description: 'The key strengths the letter lists for the area, in its order' })
  @Column({ type: 'simple-json' })
  strengths!: string[];

  @Field(() => [String], { description: 'The key areas for improvement the letter lists for the area, in its order' })
  @Column({ name: 'areas_for_improvement', type: 'simple-json' })
  areasForImprovement!: string[];
}
