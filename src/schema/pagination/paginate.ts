import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, type PageArgs } from './connection.type';
import type { ConnectionResult } from './connection.type';
import { quoteInput } from '../errors';
import { badUserInput } from '../errors';

/** Where a page ends: the sort key's value and the row id that breaks ties. */
export interface CursorPosition {
  value: string | number;
  id: number;
}

/** Cursors are opaque to clients; base64url JSON keeps them URL-safe for GET requests. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor}; anything else is the caller's mistake. */
export function decodeCursor(cursor: string): CursorPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      (typeof decoded[0] === 'string' || typeof decoded[0] === 'number') &&
      Number.isInteger(decoded[1])
    ) {
      return { value: decoded[0], id: decoded[1] as number };
    }
  } catch {
    // Falls through to the error below: a cursor that is not JSON is as invalid as a malformed one.
  }
  throw badUserInput(`Invalid cursor ${quoteInput(cursor)}`, 'after');
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** The column a connection is ordered by; the row id breaks ties so the order is total. */
export interface SortKey<TRow> {
  /** SQL expression of the sort column, e.g. `authority.name`. */
  column: string;
  /** SQL expression of the row id, e.g. `authority.id`. */
  idColumn: string;
  direction: SortDirection;
  valueOf: (row: TRow) => string | number;
}

/**
 * Runs one page of a filtered query with keyset (seek) pagination: the cursor holds the
 * last row's sort value and id, so pages stay correct when rows are added between requests
 * and deep pages cost the same as the first. `totalCount` is a separate COUNT query that
 * runs only when a client selects it.
 */
export async function paginate<TRow extends ObjectLiteral & { id: number }>(
  query: SelectQueryBuilder<TRow>,
  sort: SortKey<TRow>,
  args: PageArgs,
): Promise<ConnectionResult<TRow>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const countQuery = query.clone();
  const page = query.clone();
  if (args.after !== undefined && args.after !== null) {
    const cursor = decodeCursor(args.after);
    const beyond = sort.direction === SortDirection.ASC ? '>' : '<';
    page.andWhere(
      new Brackets((where) => {
        where
          .where(`${sort.column} ${beyond} :cursorValue`, { cursorValue: cursor.value })
          .orWhere(`(${sort.column} = :cursorValue AND ${sort.idColumn} ${beyond} :cursorId)`, { cursorId: cursor.id });
      }),
    );
  }
  const rows = await page
    .orderBy(sort.column, sort.direction)
    .addOrderBy(sort.idColumn, sort.direction)
    .limit(first + 1)
    .getMany();
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((node) => ({ node, cursor: encodeCursor({ value: sort.valueOf(node), id: node.id }) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: args.after !== undefined && args.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal: () => countQuery.getCount(),
  };
}
