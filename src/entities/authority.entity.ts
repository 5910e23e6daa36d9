import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { AuthorityKind } from '../domain/enums';
import { COLUMN_WIDTH } from './column-widths';

/** An English local authority responsible for children's services. */
@Directive('@key(fields: "id")')
@Directive('@key(fields: "laCode")')
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({ description: "An English local authority responsible for children's services" })
@Entity({ name: 'authority' })
export class Authority {
  @Field(() => ID, { description: 'Identifier of the authority in this API (the DfE code is laCode)' })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field({ description: 'DfE 3-digit local authority code, e.g. "886"' })
  @Column({ name: 'la_code', type: 'varchar', length: COLUMN_WIDTH.authority.laCode, unique: true })
  laCode!: string;

  @Field({ description: 'Formal council name, e.g. "Kent County Council"' })
  @Index()
  @Column({ type: 'varchar', length: COLUMN_WIDTH.authority.name })
  name!: string;

  @Field({ description: 'The place name alone, e.g. "Kent"' })
  @Column({ name: 'short_name', type: 'varchar', length: COLUMN_WIDTH.authority.shortName })
  shortName!: string;

  @Field(() => String, { nullable: true, description: 'ONS (GSS) code, e.g. "E10000016"' })
  @Column({ name: 'ons_code', type: 'varchar', length: COLUMN_WIDTH.authority.onsCode, nullable: true })
  onsCode!: string | null;

  @Field({ description: 'Government office region, e.g. "South East"' })
  @Index()
  @Column({ type: 'varchar', length: COLUMN_WIDTH.authority.region })
  region!: string;

  @Field(() => AuthorityKind, {
    description: 'How the authority was constituted: county, unitary, metropolitan district or London borough',
  })
  @Index()
  @Column({ type: 'varchar', length: COLUMN_WIDTH.authority.kind })
  kind!: AuthorityKind;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Date the authority was abolished, for Bedfordshire and Cheshire (1 April 2009)',
  })
  @Column({ name: 'abolished_on', type: 'date', nullable: true })
  abolishedOn!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "Date the authority took on children's services, for those created after the APA letters began: Bedford, " +
      'Central Bedfordshire, Cheshire East and Cheshire West and Chester (1 April 2009)',
  })
  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn!: string | null;
}
