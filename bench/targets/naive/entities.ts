import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The naive comparator's own entities: the same tables and the same GraphQL types as the
 * product, written the way the type-graphql + TypeORM guides write them, every column mapped.
 */
export enum AuthorityKind {
  COUNTY = 'COUNTY',
  UNITARY = 'UNITARY',
  METROPOLITAN_DISTRICT = 'METROPOLITAN_DISTRICT',
  LONDON_BOROUGH = 'LONDON_BOROUGH',
}
export enum AssessmentKind {
  ANNUAL_PERFORMANCE_ASSESSMENT = 'ANNUAL_PERFORMANCE_ASSESSMENT',
  ANNUAL_RATING = 'ANNUAL_RATING',
}
export enum OutcomeAreaName {
  BEING_HEALTHY = 'BEING_HEALTHY',
  STAYING_SAFE = 'STAYING_SAFE',
  ENJOYING_AND_ACHIEVING = 'ENJOYING_AND_ACHIEVING',
  MAKING_A_POSITIVE_CONTRIBUTION = 'MAKING_A_POSITIVE_CONTRIBUTION',
  ACHIEVING_ECONOMIC_WELLBEING = 'ACHIEVING_ECONOMIC_WELLBEING',
  SERVICE_MANAGEMENT = 'SERVICE_MANAGEMENT',
}
export enum Setting {
  ALL_SERVICES_AND_SETTINGS = 'ALL_SERVICES_AND_SETTINGS',
  EARLY_YEARS = 'EARLY_YEARS',
  NURSERIES = 'NURSERIES',
  CHILDCARE = 'CHILDCARE',
  CHILDMINDERS = 'CHILDMINDERS',
  PRIMARY_SCHOOLS = 'PRIMARY_SCHOOLS',
  SECONDARY_SCHOOLS = 'SECONDARY_SCHOOLS',
  SCHOOL_SIXTH_FORMS = 'SCHOOL_SIXTH_FORMS',
  SPECIAL_SCHOOLS = 'SPECIAL_SCHOOLS',
  PUPIL_REFERRAL_UNITS = 'PUPIL_REFERRAL_UNITS',
  SIXTH_FORM_COLLEGES = 'SIXTH_FORM_COLLEGES',
  FURTHER_EDUCATION = 'FURTHER_EDUCATION',
  CHILDRENS_HOMES = 'CHILDRENS_HOMES',
  FOSTERING_SERVICE = 'FOSTERING_SERVICE',
  ADOPTION_AGENCY = 'ADOPTION_AGENCY',
  PRIVATE_FOSTERING = 'PRIVATE_FOSTERING',
  SAFEGUARDING = 'SAFEGUARDING',
  LOOKED_AFTER_CHILDREN = 'LOOKED_AFTER_CHILDREN',
  LEARNING_DIFFICULTIES_AND_DISABILITIES = 'LEARNING_DIFFICULTIES_AND_DISABILITIES',
  SERIOUS_CASE_REVIEWS = 'SERIOUS_CASE_REVIEWS',
}
export enum Judgement {
  OUTSTANDING = 'OUTSTANDING',
  GOOD = 'GOOD',
  ADEQUATE = 'ADEQUATE',
  INADEQUATE = 'INADEQUATE',
  GOOD_OR_BETTER = 'GOOD_OR_BETTER',
  ADEQUATE_OR_BETTER = 'ADEQUATE_OR_BETTER',
}
export enum JudgementSource {
  INSPECTION = 'INSPECTION',
  JOINT_AREA_REVIEW = 'JOINT_AREA_REVIEW',
}
export enum DistributionGroup {
  NONE = 'NONE',
  REGION = 'REGION',
  AUTHORITY_KIND = 'AUTHORITY_KIND',
}

registerEnumType(AuthorityKind, { name: 'AuthorityKind' });
registerEnumType(AssessmentKind, { name: 'AssessmentKind' });
registerEnumType(OutcomeAreaName, { name: 'OutcomeAreaName' });
registerEnumType(Setting, { name: 'Setting' });
registerEnumType(Judgement, { name: 'Judgement' });
registerEnumType(JudgementSource, { name: 'JudgementSource' });
registerEnumType(DistributionGroup, { name: 'DistributionGroup' });

@Directive('@key(fields: "id")')
@Directive('@key(fields: "laCode")')
@ObjectType()
@Entity({ name: 'authority' })
export class Authority {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Field() @Column({ name: 'la_code', type: 'varchar' }) laCode!: string;
  @Field() @Column({ type: 'varchar' }) name!: string;
  @Field() @Column({ name: 'short_name', type: 'varchar' }) shortName!: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'ons_code', type: 'varchar', nullable: true }) onsCode!: string | null;
  @Field() @Column({ type: 'varchar' }) region!: string;
  @Field(() => AuthorityKind) @Column({ type: 'varchar' }) kind!: AuthorityKind;
  @Field(() => LocalDateResolver, { nullable: true }) @Column({ name: 'abolished_on', type: 'date', nullable: true }) abolishedOn!:
    string | null;
  @Field(() => LocalDateResolver, { nullable: true }) @Column({ name: 'established_on', type: 'date', nullable: true }) establishedOn!:
    string | null;
}

@Entity({ name: 'statistical_neighbour' })
export class StatisticalNeighbour {
  @PrimaryColumn({ name: 'authority_id', type: 'int' }) authorityId!: number;
  @PrimaryColumn({ name: 'neighbour_id', type: 'int' }) neighbourId!: number;
  @Column({ type: 'int' }) rank!: number;
}

@ObjectType()
export class Recipient {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ name: 'assessment' })
export class Assessment {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'authority_id', type: 'int' }) authorityId!: number;
  @Field(() => AssessmentKind) @Column({ type: 'varchar' }) kind!: AssessmentKind;
  @Field(() => Int) @Column({ type: 'int' }) year!: number;
  @Field(() => LocalDateResolver) @Column({ name: 'published_on', type: 'date' }) publishedOn!: string;
  @Field(() => Int) @Column({ name: 'overall_grade', type: 'int' }) overallGrade!: number;
  @Field(() => Int, { nullable: true })
  @Column({ name: 'capacity_to_improve_grade', type: 'int', nullable: true })
  capacityToImproveGrade!: number | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'social_care_grade', type: 'int', nullable: true }) socialCareGrade!: number | null;
  @Field() @Column({ type: 'text' }) summary!: string;
  @Column({ name: 'recipient_name', type: 'varchar', nullable: true }) recipientName!: string | null;
  @Column({ name: 'recipient_role', type: 'varchar', nullable: true }) recipientRole!: string | null;
  @Column({ name: 'source_letter_id', type: 'int' }) sourceLetterId!: number;
}

@ObjectType()
@Entity({ name: 'outcome_area' })
export class OutcomeArea {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'assessment_id', type: 'int' }) assessmentId!: number;
  @Field(() => OutcomeAreaName) @Column({ type: 'varchar' }) area!: OutcomeAreaName;
  @Field(() => Int) @Column({ type: 'int' }) grade!: number;
  @Field() @Column({ type: 'varchar' }) judgement!: string;
  @Field() @Column({ type: 'text' }) narrative!: string;
  @Field(() => [String]) @Column({ type: 'simple-json' }) strengths!: string[];
  @Field(() => [String]) @Column({ name: 'areas_for_improvement', type: 'simple-json' }) areasForImprovement!: string[];
}

@ObjectType()
@Entity({ name: 'setting_judgement' })
export class SettingJudgement {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'assessment_id', type: 'int' }) assessmentId!: number;
  @Column({ type: 'int' }) position!: number;
  @Field(() => Setting) @Column({ type: 'varchar' }) setting!: Setting;
  @Field(() => Judgement) @Column({ type: 'varchar' }) judgement!: Judgement;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) count!: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) total!: number | null;
  @Field(() => Float, { nullable: true }) @Column({ type: 'double', nullable: true }) proportion!: number | null;
  @Field(() => JudgementSource) @Column({ type: 'varchar' }) source!: JudgementSource;
  @Field() @Column({ type: 'text' }) evidence!: string;
}

@ObjectType()
@Entity({ name: 'source_letter' })
export class SourceLetter {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Field() @Column({ type: 'varchar' }) sha256!: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'file_name', type: 'varchar', nullable: true }) fileName!: string | null;
  @Field() @Column({ type: 'text' }) text!: string;
  @Field(() => Int) @Column({ name: 'byte_length', type: 'int' }) byteLength!: number;
  @Field(() => DateTimeISOResolver) @Column({ name: 'ingested_at', type: 'datetime' }) ingestedAt!: Date;
}

export const NAIVE_ENTITIES = [Authority, StatisticalNeighbour, Assessment, OutcomeArea, SettingJudgement, SourceLetter];
