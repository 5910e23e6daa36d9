import { Args, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { UNCACHEABLE_CACHE_HINT } from '../../schema/cache-hints';
import type { AppContext } from '../context';
import { describeConflict } from '../../ingest/format-ingest-report';
import { ingestLetter } from '../../ingest/ingest-letter';
import { IngestErrorCode } from '../../ingest/ingest-outcome';
import { forgetLoaded } from '../loaders';
import { IngestLetterArgs } from './ingest-letter.args';
import { IngestResult, IngestStatus } from './ingest-result.type';
import { ErrorCode, refusal } from '../../schema/errors';

const STATUS: Readonly<Record<'ingested' | 'replaced' | 'unchanged', IngestStatus>> = {
  ingested: IngestStatus.INGESTED,
  replaced: IngestStatus.REPLACED,
  unchanged: IngestStatus.UNCHANGED,
};

/** Refuses the mutation unless the server has an admin token and the caller presented it. */
function assertAdmin({ adminEnabled, isAdmin }: AppContext): void {
  if (!adminEnabled) {
    throw refusal(ErrorCode.FORBIDDEN, 'ingestLetter is disabled: the server has no ADMIN_TOKEN configured', 403);
  }
  if (!isAdmin) {
    throw refusal(ErrorCode.UNAUTHENTICATED, 'ingestLetter needs the header Authorization: Bearer <ADMIN_TOKEN>', 401);
  }
}

@Resolver()
export class IngestResolver {
  @Directive(UNCACHEABLE_CACHE_HINT)
  @Mutation(() => IngestResult, {
    description: 'Parses one letter and stores it in one transaction. Needs Authorization: Bearer <ADMIN_TOKEN>.',
  })
  async ingestLetter(@Ctx() context: AppContext, @Args() { text, fileName, replace }: IngestLetterArgs): Promise<IngestResult> {
    assertAdmin(context);
    const outcome = await ingestLetter(context.writeDataSource, { text, fileName: fileName ?? null }, { replace: replace === true });
    if (outcome.status === 'failed') return { status: IngestStatus.FAILED, assessment: null, error: outcome.error };
    if (outcome.status === 'conflict') {
      const message = `Not stored: this letter ${describeConflict(outcome)}; send replace: true to store it as the new version`;
      const assessment = await context.loaders.assessmentById.load(outcome.assessmentId);
      return { status: IngestStatus.CONFLICT, assessment, error: { code: IngestErrorCode.CONFLICT, message } };
    }
    if (outcome.status !== 'unchanged') forgetLoaded(context.loaders);
    const assessment = await context.loaders.assessmentById.load(outcome.assessmentId);
    return { status: STATUS[outcome.status], assessment, error: null, message: outcome.note ?? null };
  }
}
