import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Assessment } from '../../entities/index';

export enum IngestStatus {
  INGESTED = 'INGESTED',
  REPLACED = 'REPLACED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
}
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'What ingesting one letter did',
  valuesConfig: {
    INGESTED: { description: 'A new assessment was stored' },
    REPLACED: { description: 'A different letter for the same authority, kind and year replaced the stored one' },
    UNCHANGED: { description: 'This exact text was ingested before; nothing changed' },
    FAILED: { description: 'Nothing was stored; see `error`' },
  },
});

@ObjectType({ description: 'Why a letter was not stored' })
export class IngestError {
  @Field({ description: 'Machine-readable reason, e.g. NO_RATING, UNKNOWN_AUTHORITY' })
  code!: string;

  @Field({ description: 'What went wrong, in words' })
  message!: string;
}

@ObjectType({ description: 'What became of one ingested letter' })
export class IngestResult {
  @Field(() => IngestStatus, { description: 'What became of the letter' })
  status!: IngestStatus;

  @Field(() => Assessment, { nullable: true, description: 'The stored assessment, unless the letter failed' })
  assessment!: Assessment | null;

  @Field(() => IngestError, { nullable: true, description: 'Why the letter was not stored; null unless status is FAILED' })
  error!: IngestError | null;
}
