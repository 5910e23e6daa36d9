import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Assessment } from '../../entities/index';

export enum IngestStatus {
  INGESTED = 'INGESTED',
  REPLACED = 'REPLACED',
  UNCHANGED = 'UNCHANGED',
  CONFLICT = 'CONFLICT',
  FAILED = 'FAILED',
}
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'What ingesting one letter did',
  valuesConfig: {
    INGESTED: { description: 'A new assessment was stored' },
    REPLACED: {
      description: 'With `replace: true`: the assessment now serves this letter; the one it replaced stays in `revisions`',
    },
    UNCHANGED: {
      description:
        'This exact text was ingested before, or the letter parses to exactly what the assessment serves (the same letter ' +
        'in another format; `message` says so); nothing changed',
    },
    CONFLICT: {
      description:
        'A different letter is stored for the same authority, kind and year; nothing was written. `assessment` is the one it would replace',
    },
    FAILED: { description: 'Nothing was stored; see `error`' },
  },
});

@ObjectType({ description: 'Why a letter was not stored' })
export class IngestError {
  @Field({ description: 'Machine-readable reason, e.g. NO_RATING, UNKNOWN_AUTHORITY, CONFLICT' })
  code!: string;

  @Field({ description: 'What went wrong, in words' })
  message!: string;
}

@ObjectType({ description: 'What became of one ingested letter' })
export class IngestResult {
  @Field(() => IngestStatus, { description: 'What became of the letter' })
  status!: IngestStatus;

  @Field(() => Assessment, {
    nullable: true,
    description: 'The stored assessment, or with CONFLICT the one it would replace; null when the letter failed',
  })
  assessment!: Assessment | null;

  @Field(() => IngestError, { nullable: true, description: 'Why the letter was not stored; null unless status is FAILED' })
  error!: IngestError | null;

  @Field(() => String, {
    nullable: true,
    description: 'More than the status says, where there is more: "same letter, another format" for an UNCHANGED copy',
  })
  message?: string | null;
}

/**
 * The status an `ingestLetter` resolver returned, read from the resolved value; null for a value
 * that is not an IngestResult. Plugins that wrap the resolver (cache invalidation, the request
 * log) read it here.
 */
export function ingestStatusOf(result: unknown): string | null {
  return typeof result === 'object' && result !== null && 'status' in result ? String(result.status) : null;
}
