import { pageOfEntries, type EntryCursor, type EntryRecord } from '../store/entries.ts';
import type { AppContext } from './context.ts';
import { ValidationError } from './errors.ts';
import { getAccountRecord } from './relations.ts';

export interface EntryPage {
  readonly entries: (EntryRecord & { reversedBy: string | null })[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  readonly nextCursor: string | null;
}

export const MAX_PAGE_SIZE = 200;

/** An account's ledger, newest first, one page at a time. */
export async function listEntries(
  ctx: AppContext,
  organisationId: string,
  accountId: string,
  options: { limit?: number; cursor?: string } = {},
): Promise<EntryPage> {
  const limit = options.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ValidationError([{ field: 'limit', message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` }]);
  }
  const after = options.cursor === undefined ? null : decodeCursor(options.cursor);
  await getAccountRecord(ctx, organisationId, accountId);
  const rows = await pageOfEntries(ctx.store.db, organisationId, accountId, limit + 1, after);
  const entries = rows.slice(0, limit);
  const last = entries.at(-1);
  return {
    entries,
    nextCursor: rows.length > limit && last ? encodeCursor({ occurredOn: last.occurredOn, id: last.id }) : null,
  };
}

function encodeCursor(cursor: EntryCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredOn, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): EntryCursor {
  try {
    const [occurredOn, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof occurredOn === 'string' && typeof id === 'string') return { occurredOn, id };
  } catch {
    // fall through to the validation error below
  }
  throw new ValidationError([{ field: 'cursor', message: 'is not a cursor this API gave out' }]);
}
