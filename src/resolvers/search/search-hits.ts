import type { DataSource } from 'typeorm';
import type { ConnectionResult } from '../../schema/pagination/connection.type';
import type { SearchHit } from './search-hit.type';
import { findMatches, markMatches } from './highlight';
import type { SearchConditions } from './search-passages';
import { countPassages, type PassageMatch, searchPassages } from './search-passages';
import { searchWords } from './search-words';
import { quoteInput } from '../../schema/errors';
import { badUserInput } from '../../schema/errors';

const PREFIX = 'search:';

/**
 * Search pages by offset: relevance scores have no stable seek key across requests, and a
 * search's hits change only when letters are ingested. The cursor is opaque to clients.
 */
export function encodeSearchCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The offset after the edge a cursor names; anything not made by {@link encodeSearchCursor} is the caller's mistake. */
export function decodeSearchCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = decoded.startsWith(PREFIX) && /^\d{1,9}$/.test(decoded.slice(PREFIX.length)) ? Number(decoded.slice(PREFIX.length)) : NaN;
  if (Number.isSafeInteger(offset) && encodeSearchCursor(offset) === cursor) return offset;
  throw badUserInput(`Invalid cursor ${quoteInput(cursor)}`, 'after');
}

export interface SearchHitsRequest {
  text: string;
  conditions: SearchConditions;
  first: number;
  after: string | null;
}

function toHit(match: PassageMatch, words: readonly string[]): SearchHit {
  const matches = findMatches(match.text, words);
  return {
    passage: match.text,
    highlighted: markMatches(match.text, matches),
    matches,
    score: match.score,
    passageKind: match.kind,
    outcomeArea: match.area,
    assessmentId: match.assessmentId,
    authorityId: match.authorityId,
  };
}

/**
 * Runs a search as a Relay connection: sanitised words, one statement for the page (one more
 * row than asked, to know whether another page follows) and a COUNT only if `totalCount` is read.
 */
export async function searchHits(dataSource: DataSource, request: SearchHitsRequest): Promise<ConnectionResult<SearchHit>> {
  const { words } = searchWords(request.text);
  const offset = request.after === null ? 0 : decodeSearchCursor(request.after) + 1;
  const { first, conditions } = request;
  const rows = await searchPassages(dataSource, { words, conditions, offset, limit: first + 1 });
  const edges = rows.slice(0, first).map((row, index) => ({ node: toHit(row, words), cursor: encodeSearchCursor(offset + index) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal: () => countPassages(dataSource, { words, conditions }),
  };
}
