import { DateTimeISOResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HISTORICAL_CACHE_HINT } from '../schema/cache-hints';
import { AssessmentKind } from '../domain/enums';
import { COLUMN_WIDTH } from './column-widths';

/**
 * A letter exactly as it was ingested. Rows are never deleted: when a newer letter replaces
 * an assessment, the older text stays here for provenance.
 */
@Directive(HISTORICAL_CACHE_HINT)
@ObjectType({
  description:
    'The letter an assessment was read from, as received (see `text`); a replaced letter stays stored for provenance. ' +
    'A copy of a stored letter in another format (its PDF or Word file) whose parse is the same is not stored again',
})
@Entity({ name: 'source_letter' })
@Index(['authorityId', 'kind', 'year'])
export class SourceLetter {
  @Field(() => ID, { description: 'Identifier of the stored letter' })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field({ description: 'Hex SHA-256 of the letter text; re-ingesting the same text is a no-op' })
  @Column({ type: 'varchar', length: COLUMN_WIDTH.sourceLetter.sha256, unique: true })
  sha256!: string;

  @Field(() => String, { nullable: true, description: 'The file name it was ingested from; null when it came in over the API without one' })
  @Column({ name: 'file_name', type: 'varchar', length: COLUMN_WIDTH.sourceLetter.fileName, nullable: true })
  fileName!: string | null;

  @Field({
    description:
      'The full letter as received: a text, markdown or HTML file exactly as it came (decoded to Unicode); a PDF or Word file ' +
      'as the HTML made from it when it was read (the file itself is not kept). `format` says which',
  })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => Int, { description: 'Size of the letter text in bytes (UTF-8)' })
  @Column({ name: 'byte_length', type: 'int' })
  byteLength!: number;

  /**
   * Bytes the text takes in a JSON answer, escapes included (`jsonTextBytes`): what the
   * server weighs an answer's letters by before building it. Not served.
   */
  @Column({ name: 'text_json_bytes', type: 'int' })
  textJsonBytes!: number;

  @Field(() => DateTimeISOResolver, { description: 'When the letter was ingested into this database' })
  @Column({ name: 'ingested_at', type: 'datetime' })
  ingestedAt!: Date;

  @Column({ name: 'authority_id', type: 'int' })
  authorityId!: number;

  @Column({ type: 'varchar', length: COLUMN_WIDTH.sourceLetter.kind })
  kind!: AssessmentKind;

  @Column({ type: 'int' })
  year!: number;
}
