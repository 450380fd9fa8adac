import type { Model, ProjectionType, QueryFilter, SortOrder } from 'mongoose';
import { badUserInput } from '../errors';

/** Page size when `first` is not given, and the most a client may ask for. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A page of a Relay-style connection. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** Arguments every connection takes. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** Reads `after`; a cursor that was not made here is BAD_USER_INPUT, never a silent first page. */
export function decodeCursor(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('after', 'is not a cursor returned by this API');
  return Number(match[1]) + 1;
}

/** Validates `first`: 1 to {@link MAX_PAGE_SIZE}. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Builds a connection from an already-sorted, in-memory list (small reference data). */
export function pageOfList<T>(items: T[], args: PageArgs): Page<T> {
  const size = pageSize(args.first);
  const offset = decodeCursor(args.after);
  const slice = items.slice(offset, offset + size);
  return toPage(slice, offset, items.length);
}

/**
 * Runs one page query plus one count. Offset cursors keep this simple and correct for Koers's
 * bounded collections; the sort must end with `_id` so pages are stable. `projection` leaves out
 * large fields the connection never shows.
 */
export async function pageOfQuery<T>(
  model: Model<T>,
  filter: QueryFilter<T>,
  sort: Record<string, SortOrder>,
  args: PageArgs,
  projection?: ProjectionType<T>,
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const offset = decodeCursor(args.after);
  const [records, totalCount] = await Promise.all([
    model.find(filter, projection).sort(sort).skip(offset).limit(size).lean() as Promise<T[]>,
    model.countDocuments(filter),
  ]);
  return toPage(records, offset, totalCount);
}

function toPage<T>(slice: T[], offset: number, totalCount: number): Page<T> {
  const edges = slice.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    nodes: slice,
    pageInfo: {
      hasNextPage: offset + slice.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
