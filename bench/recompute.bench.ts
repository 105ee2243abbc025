import { actingAs, createContext } from '../src/app/context.ts';
import { recomputeAccounts } from '../src/app/recompute.ts';
import type { Store } from '../src/store/connect.ts';
import { compare, measure, type Comparison, type Figure } from './harness.ts';

const COLUMNS = 'id, account_id, occurred_on, foundation, amount, intent, reverses_entry_id';

/**
 * The full recompute (issue #10): every account of the organisation from its stored entries,
 * beside a bare SELECT of the same columns of the same entries, stepped through without doing
 * anything with the rows. On PostgreSQL the figure is reported beside SQLite's, without a reference.
 */
export async function recomputeFigures(store: Store, organisationId: string, asOf: string, label: string): Promise<{ figures: Figure[]; comparisons: Comparison[] }> {
  const ctx = actingAs(createContext(store), { userId: null, tokenId: null });
  const recompute = await measure(`full recompute of every account from stored entries (${label})`, () => recomputeAccounts(ctx, organisationId, { asOf }), { runs: 5, warmup: 1 });
  if (store.sqlite === null) return { figures: [recompute], comparisons: [] };
  const statement = store.sqlite.prepare(`SELECT ${COLUMNS} FROM entries WHERE organisation_id = ?`).raw(true);
  let rows = 0;
  const reference = await measure(`reference: bare SELECT of the same columns of all entries (${label})`, () => {
    for (const row of statement.iterate(organisationId)) if (row) rows++;
  }, { runs: 5, warmup: 1 });
  if (rows === 0) throw new Error('the reference read no entries');
  return { figures: [reference, recompute], comparisons: [compare(recompute, reference, 1.5)] };
}
