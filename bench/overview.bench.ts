import { actingAs, createContext } from '../src/app/context.ts';
import { organisationOverview } from '../src/app/read-accounts.ts';
import type { Store } from '../src/store/connect.ts';
import { measure, type Figure } from './harness.ts';

/**
 * The organisation overview computed afresh, as after any write (the API serves it from the read
 * cache until the next one): the same figure on SQLite and PostgreSQL, side by side.
 */
export async function overviewFigures(store: Store, organisationId: string, asOf: string, label: string): Promise<Figure[]> {
  const ctx = actingAs(createContext(store), { userId: null, tokenId: null });
  const figure = await measure(`organisation overview computed after a write (${label})`, () => {
    store.changes.bump();
    return organisationOverview(ctx, organisationId, { asOf });
  }, { runs: 5, warmup: 1, note: 'the use case behind GET …/overview with the read cache invalidated' });
  return [figure];
}
