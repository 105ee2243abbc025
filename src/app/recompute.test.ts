import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../domain/vocabulary.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext, type AppContext } from './context.ts';
import { loadDemo } from './demo/load-demo.ts';
import { getAccount, readRelations } from './read-accounts.ts';
import { recomputeAccounts } from './recompute.ts';
import { reverseEntry } from './record-entries.ts';
import { listEntries } from './list-entries.ts';

const NOW = new Date('2026-06-30T12:00:00Z');

describe.each(DIALECTS)('recomputing every account from the entries on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  let organisationId: string;
  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => NOW);
    organisationId = (await loadDemo(ctx, { today: '2026-06-30' })).id;
  });
  afterAll(() => test.close());

  it('gives every account of the demo the figures its running sums give, legs included', async () => {
    const recomputed = await recomputeAccounts(ctx, organisationId);
    const { relations } = await readRelations(ctx, organisationId, { includeArchived: true });
    const views = relations.flatMap((r) => Object.values(r.accounts));
    expect(recomputed.accounts).toHaveLength(views.length);
    for (const view of views) {
      const a = recomputed.accounts.findIndex((account) => account.id === view.id);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(recomputed.figures.r[a]).toBeCloseTo(view.reading.r, 9);
      expect(recomputed.figures.s[a]).toBeCloseTo(view.reading.s, 9);
      expect(recomputed.figures.trustLevel[a]).toBeCloseTo(view.reading.trustLevel, 9);
      DIMENSIONS.forEach((d, leg) => expect(recomputed.figures.legTrustLevel[a * 3 + leg]).toBeCloseTo(view.reading.legs[d].trustLevel, 9));
    }
  });

  it('reads an earlier date from the entries, as the batch form does', async () => {
    const recomputed = await recomputeAccounts(ctx, organisationId, { asOf: '2025-12-31' });
    const sample = recomputed.accounts.slice(0, 6);
    for (const [a, account] of sample.entries()) {
      const view = await getAccount(ctx, organisationId, account.id, { asOf: '2025-12-31' });
      expect(recomputed.figures.trustLevel[a]).toBeCloseTo(view.reading.trustLevel, 9);
    }
    expect(recomputed.asOf).toBe('2025-12-31');
  });

  it('drops a reversed entry and its reversal', async () => {
    const before = await recomputeAccounts(ctx, organisationId);
    const accountId = before.accounts[0]!.id;
    const page = await listEntries(ctx, organisationId, accountId, { limit: 50 });
    const original = page.entries.find((e) => e.reverses === null && e.reversedBy === null)!;
    await reverseEntry(ctx, organisationId, original.id, { reason: 'recorded on the wrong account' });
    const after = await recomputeAccounts(ctx, organisationId);
    const view = await getAccount(ctx, organisationId, accountId);
    expect(after.figures.trustLevel[0]).not.toBeCloseTo(before.figures.trustLevel[0]!, 6);
    expect(after.figures.trustLevel[0]).toBeCloseTo(view.reading.trustLevel, 9);
  });
});
