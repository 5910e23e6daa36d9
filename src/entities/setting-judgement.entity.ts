import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { Judgement, JudgementSource, Setting } from '../domain/enums';
import { COLUMN_WIDTH } from './column-widths';

/** What a letter says about one kind of setting or service. */
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({ description: 'What a letter says about one kind of setting or service' })
@Entity({ name: 'setting_judgement' })
@Index(['assessmentId', 'position'])
@Index(['setting', 'judgement'])
export class SettingJudgement {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'assessment_id', type: 'int' })
  assessmentId!: number;

  /** Order of appearance in the letter. */
  @Column({ type: 'int' })
  position!: number;

  @Field(() => Setting)
  @Column({ type: 'varchar', length: COLUMN_WIDTH.settingJudgement.setting })
  setting!: Setting;

  @Field(() => Judgement)
  @Column({ type: 'varchar', length: COLUMN_WIDTH.settingJudgement.judgement })
  judgement!: Judgement;

  @Field(() => Int, { nullable: true, description: 'How many settings, where the letter gives a number' })
  @Column({ type: 'int', nullable: true })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'Out of how many, where the letter gives a number' })
  @Column({ type: 'int', nullable: true })
  total!: number | null;

  @Field(() => Float, { nullable: true, description: 'Where the letter states a fraction ("half" = 0.5)' })
  @Column({ type: 'double', nullable: true })
  proportion!: number | null;

  @Field(() => JudgementSource)
  @Column({ type: 'varchar', length: COLUMN_WIDTH.settingJudgement.source })
  source!: JudgementSource;

  @Field({ description: 'The sentence the judgement came from' })
  @Column({ type: 'text' })
  evidence!: string;
}
