import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../../db/database-errors';
import { type CsvExport, EXPORT_NAMES, prepareCsvExport, writeCsv } from '../../resolvers/export/csv-export';
import type { CsvRow } from '../../resolvers/export/export-tables';
import { ErrorCode } from '../../schema/errors';
import { currentRequest } from '../logging/request-context';

/** The error code logged for a download cut off part way (the client sees the connection close). */
export const EXPORT_INCOMPLETE = 'EXPORT_INCOMPLETE';

/** Where the downloads live: `GET /export/authorities.csv?region=London`. */
export const EXPORT_PATH = '/export';

/**
 * Errors in the GraphQL error shape, as every other JSON error of the server; the code goes
 * into the request's log line and the error metrics too, as a GraphQL error's does.
 */
function refuse(response: Response, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  currentRequest()?.errorCodes.push(code);
  response.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
}

/**
 * The export with its first row already read. Why: once the status line and the first byte
 * are sent, a failure can only cut the connection, and a database that is down fails at the
 * first statement; reading it before answering turns an outage into a 503 the client (and a
 * load balancer) can act on, instead of an empty reply with no status.
 */
async function withFirstRowRead(csv: CsvExport): Promise<CsvExport> {
  const iterator = csv.rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* rows(): AsyncGenerator<CsvRow> {
    if (first.done === true) return;
    yield first.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { ...csv, rows: rows() };
}

/**
 * CSV downloads for analysts. The query parameters are the GraphQL list's filter fields
 * (`region`, `kind`, `year`, `minGrade`, ... plus `orderBy` and `direction`), checked by the same
 * rules; a bad one is refused with 400 before any row is read.
 *
 * @param onStreamError told when a download fails after its first bytes went out (the
 *   connection is cut then, so the client sees an incomplete file rather than a short one
 *   that looks whole).
 */
export function csvExportRoutes(dataSource: DataSource, onStreamError: (error: unknown, file: string) => void): Router {
  const router = Router();
  router.get(`${EXPORT_PATH}/:file`, async (request: Request, response: Response) => {
    const file = String(request.params.file);
    const name = /^([a-z-]+)\.csv$/.exec(file)?.[1];
    let prepared: Awaited<ReturnType<typeof prepareCsvExport>>;
    try {
      prepared = name === undefined ? null : await prepareCsvExport(dataSource, name, request.query);
      if (prepared?.ok === true) prepared = { ok: true, value: await withFirstRowRead(prepared.value) };
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      refuse(response, 503, ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly');
      return;
    }
    if (!prepared) {
      refuse(response, 404, 'NOT_FOUND', `No export ${file}: try ${EXPORT_NAMES.map((known) => `${known}.csv`).join(', ')}`);
      return;
    }
    if (!prepared.ok) {
      refuse(response, 400, 'BAD_USER_INPUT', prepared.error.message, { parameter: prepared.error.parameter });
      return;
    }
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${prepared.value.fileName}"`)
      .set('Cache-Control', 'no-cache');
    try {
      await writeCsv(prepared.value, response);
    } catch (error) {
      currentRequest()?.errorCodes.push(EXPORT_INCOMPLETE);
      onStreamError(error, file);
    }
  });
  return router;
}
