import { actingAs, createContext } from '../src/app/context.ts';
import { getAccount } from '../src/app/read-accounts.ts';
import { recordEntry } from '../src/app/record-entries.ts';
import { FOUNDATIONS } from '../src/domain/vocabulary.ts';
import type { Store } from '../src/store/connect.ts';
import { listAccounts } from '../src/store/relations.ts';
import { measureLatencies, type Figure } from './harness.ts';

/**
 * Recording one entry and reading its account back (issue #10: p99 ≤ 1 ms on SQLite), one call
 * after another on the organisation of the benchmark: a transaction that appends the entry and
 * updates the running sum, then the account's reading.
 */
export async function recordFigures(store: Store, organisationId: string, label: string): Promise<Figure[]> {
  const ctx = actingAs(createContext(store), { userId: null, tokenId: null });
  const accounts = await listAccounts(store.db, organisationId);
  const figure = await measureLatencies(`record one entry and read its account back (${label})`, async (i) => {
    const account = accounts[(i * 7919) % accounts.length]!;
    await recordEntry(ctx, organisationId, { accountId: account.id, foundation: FOUNDATIONS[i % FOUNDATIONS.length]!, amount: 1 + (i % 3) });
    await getAccount(ctx, organisationId, account.id);
  }, { count: 2_000, warmup: 100 });
  return [figure];
}
