import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { appendEntries } from '../store/entries.ts';
import { listAccounts } from '../store/relations.ts';
import { createContext, type AppContext } from './context.ts';
import { loadDemo } from './demo/load-demo.ts';
import { listEntries } from './list-entries.ts';
import { createOrganisation } from './organisations.ts';
import { recordEntry, reverseEntry } from './record-entries.ts';
import { addStakeholder } from './stakeholders.ts';
import { verifySums, withinTolerance } from './verify-sums.ts';
import { changeParameters } from './parameters.ts';

const NOW = new Date('2026-06-30T12:00:00Z');

describe('the tolerance of the check', () => {
  it('is relative to the larger value, with an absolute floor for what cancels to zero', () => {
    expect(withinTolerance(1e6, 1e6 + 1e-4)).toBe(true);
    expect(withinTolerance(1e6, 1e6 + 1e-2)).toBe(false);
    expect(withinTolerance(0, 1e-15)).toBe(true);
    expect(withinTolerance(0, 1e-6)).toBe(false);
  });
});

describe.each(DIALECTS)('checking the running sums against a full recompute on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  let organisationId: string;
  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => NOW);
    organisationId = (await loadDemo(ctx, { today: '2026-06-30' })).id;
  });
  afterAll(() => test.close());

  it('finds the demo consistent, reversals and a parameter change included', async () => {
    const [account] = await listAccounts(test.store.db, organisationId);
    const page = await listEntries(ctx, organisationId, account!.id, { limit: 50 });
    const original = page.entries.find((e) => e.reverses === null && e.reversedBy === null)!;
    await reverseEntry(ctx, organisationId, original.id, { reason: 'recorded twice' });
    await changeParameters(ctx, organisationId, { changes: { withdrawalWeight: 2.5 }, note: 'a rescale of every sum' });
    await recordEntry(ctx, organisationId, { accountId: account!.id, foundation: 'honesty', amount: -3, intent: 'intentional' });
    const check = await verifySums(ctx, organisationId);
    expect(check.differences).toEqual([]);
    expect(check.parameterVersion).toBe(2);
    expect(check.accounts).toBeGreaterThan(10);
    expect(check.entries).toBeGreaterThan(100);
    expect(check.asOf).toBe('2026-06-30');
  });

  it('reports an entry that reached the ledger without its running sum', async () => {
    const accounts = await listAccounts(test.store.db, organisationId);
    const target = accounts[3]!;
    await appendEntries(test.store.db, [
      {
        id: ctx.newId(),
        organisationId,
        accountId: target.id,
        occurredOn: '2026-06-01',
        recordedAt: NOW.toISOString(),
        authorUserId: null,
        foundation: 'competence',
        amount: 2,
        intent: null,
        note: 'written around the use case',
        source: 'manual',
        reverses: null,
      },
    ]);
    const check = await verifySums(ctx, organisationId);
    expect(check.differences.map((d) => [d.accountId, d.figure])).toEqual([
      [target.id, 'r'],
      [target.id, 'professional.r'],
    ]);
    const [whole] = check.differences;
    // A deposit of 2 on 2026-06-01 read on 2026-06-30, missing from the sums.
    expect(whole!.recomputed - whole!.stored).toBeCloseTo(2 * 2 ** (-29 / 365), 9);
    expect(whole!.direction).toBe(target.direction);
  });

  it('reports a running sum that strays, and sums of an account that is not the organisation’s', async () => {
    const other = await createOrganisation(ctx, { name: 'Elsewhere' });
    const stranger = await addStakeholder(ctx, other.id, { name: 'Stranger', category: 'customers', level: 'market', relation: {} });
    const strangerAccount = stranger.relation!.accounts.received;
    const clean = await verifySums(ctx, other.id);
    expect(clean.differences).toEqual([]);
    expect(clean.entries).toBe(0);

    await recordEntry(ctx, other.id, { accountId: strangerAccount, foundation: 'honesty', amount: 4 });
    const { version } = await test.store.db
      .selectFrom('parameter_versions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('organisation_id', '=', other.id)
      .executeTakeFirstOrThrow();
    await test.store.db
      .updateTable('account_sums')
      .set((eb) => ({ scaled_sum: eb('scaled_sum', '*', 1.000001) }))
      .where('account_id', '=', strangerAccount)
      .execute();
    const strayed = await verifySums(ctx, other.id);
    expect(strayed.differences.map((d) => d.figure)).toEqual(['r', 'intentional.r']);
    expect(strayed.differences[0]!.stored / strayed.differences[0]!.recomputed).toBeCloseTo(1.000001, 12);

    await test.store.db
      .insertInto('account_sums')
      .values({
        organisation_id: other.id,
        account_id: (await listAccounts(test.store.db, organisationId))[0]!.id,
        parameter_version: Number(version),
        foundation: 'fairness',
        sign: 'withdrawal',
        scaled_sum: 1e6,
        latest_occurred_on: '2026-01-01',
      })
      .execute();
    const orphaned = await verifySums(ctx, other.id);
    expect(orphaned.differences.filter((d) => d.stakeholderId === null).map((d) => d.figure)).toEqual(['s']);
  });
});
