import { pageOfEntries, type EntryRecord } from '../store/entries.ts';
import type { AppContext } from './context.ts';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor.ts';
import { getAccountRecord } from './relations.ts';

export interface EntryPage {
  readonly entries: (EntryRecord & { reversedBy: string | null })[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  readonly nextCursor: string | null;
}

/** An account's ledger, newest first, one page at a time. */
export async function listEntries(
  ctx: AppContext,
  organisationId: string,
  accountId: string,
  options: { limit?: number; cursor?: string } = {},
): Promise<EntryPage> {
  const limit = checkPageSize(options.limit);
  const position = options.cursor === undefined ? null : decodeCursor(options.cursor);
  const after = position && { occurredOn: position[0], id: position[1] };
  await getAccountRecord(ctx, organisationId, accountId);
  const rows = await pageOfEntries(ctx.store.db, organisationId, accountId, limit + 1, after);
  const entries = rows.slice(0, limit);
  const last = entries.at(-1);
  return {
    entries,
    nextCursor: rows.length > limit && last ? encodeCursor([last.occurredOn, last.id]) : null,
  };
}
