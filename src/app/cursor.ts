import { ValidationError } from './errors.ts';

/**
 * Cursors are opaque to clients: the sort key of the last item a page ended on, as base64url
 * JSON. The next page starts strictly after it, so inserts between requests never repeat an item.
 */
export type SortKey = readonly [string, string];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(text: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string')) {
      return [key[0] as string, key[1] as string];
    }
  } catch {
    // fall through to the validation error below
  }
  throw new ValidationError([{ field: 'cursor', message: 'is not a cursor this API gave out' }]);
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export function checkPageSize(limit: number | undefined): number {
  const size = limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new ValidationError([{ field: 'limit', message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` }]);
  }
  return size;
}

/** A page of an in-memory list, ordered by `key` ascending, or descending (newest first) when asked. */
export function paginate<T>(
  items: readonly T[],
  key: (item: T) => SortKey,
  options: { limit?: number | undefined; cursor?: string | undefined },
  order: 'ascending' | 'descending' = 'ascending',
): { items: T[]; nextCursor: string | null } {
  const limit = checkPageSize(options.limit);
  const after = options.cursor === undefined ? null : decodeCursor(options.cursor);
  const sign = order === 'ascending' ? 1 : -1;
  const sorted = [...items].sort((a, b) => sign * compareKeys(key(a), key(b)));
  const rest = after === null ? sorted : sorted.filter((item) => sign * compareKeys(key(item), after) > 0);
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rest.length > limit && last !== undefined ? encodeCursor(key(last)) : null };
}
