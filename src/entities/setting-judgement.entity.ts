import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { Judgement, JudgementSource, Setting } from '../domain/enums';
import { COLUMN_WIDTH } from './column-widths';

/** What a letter says about one kind of setting or service. */
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({
  description:
    'What a 2009 annual rating letter says about one kind of setting or service in the authority: how the inspections of its ' +
    'nurseries, schools, children\'s homes... (or a joint area review) judged them, e.g. "two of the nine pupil referral units are outstanding"',
})
@Entity({ name: 'setting_judgement' })
@Index(['assessmentId', 'position'])
@Index(['setting', 'judgement'])
export class SettingJudgement {
  @Field(() => ID, { description: 'Identifier of this judgement' })
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'assessment_id', type: 'int' })
  assessmentId!: number;

  /** Order of appearance in the letter. */
  @Column({ type: 'int' })
  position!: number;

  @Field(() => Setting, { description: 'The kind of setting or service judged' })
  @Column({ type: 'varchar', length: COLUMN_WIDTH.settingJudgement.setting })
  setting!: Setting;

  @Field(() => Judgement, { description: "The judgement the letter reports for these settings, in Ofsted's inspection grades" })
  @Column({ type: 'varchar', length: COLUMN_WIDTH.settingJudgement.judgement })
  judgement!: Judgement;

  @Field(() => Int, {
    nullable: true,
    description: 'How many settings had the judgement, where the letter gives a number ("two of the nine" gives 2; "none" gives 0)',
  })
  @Column({ type: 'int', nullable: true })
  count!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Out of how many settings of the kind in the authority, where the letter gives the number ("two of the nine" gives 9)',
  })
  @Column({ type: 'int', nullable: true })
  total!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The share of the authority's settings of this kind that had the judgement, 0-1, where the letter states a fraction rather " +
      'than numbers ("half" gives 0.5, "two thirds" 0.667, "one in five" 0.2); null where it gives numbers (see count and total) or none',
  })
  @Column({ type: 'double', nullable: true })
  proportion!: number | null;

  @Field(() => JudgementSource, { description: 'Whether the judgement comes from inspections of the settings or from a joint area review' })
  @Column({ type: 'varchar', length: COLUMN_WIDTH.settingJudgement.source })
  source!: JudgementSource;

  @Field({ description: 'The sentence of the letter the judgement was read from, word for word' })
  @Column({ type: 'text' })
  evidence!: string;
}
