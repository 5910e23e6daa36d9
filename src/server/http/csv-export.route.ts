import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { EXPORT_NAMES, prepareCsvExport, writeCsv } from '../../resolvers/export/csv-export';
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
    const prepared = name === undefined ? null : await prepareCsvExport(dataSource, name, request.query);
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
