import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { ChangeCounter } from '../store/change-counter.ts';
import type { Store } from '../store/connect.ts';
import { createContext, type AppContext } from './context.ts';
import { createOrganisation } from './organisations.ts';
import { changeParameters } from './parameters.ts';
import { overridePhase } from './phase-overrides.ts';
import { cachedReading } from './read-cache.ts';
import { organisationOverview, readRelations } from './read-accounts.ts';
import { checkEntries, recordEntry, reverseEntry, writeEntries } from './record-entries.ts';
import { signalInbox } from './signals.ts';
import { addStakeholder, archiveStakeholder, editStakeholder } from './stakeholders.ts';
import { readGroupTrends } from './trends.ts';

const NOW = new Date('2026-06-30T12:00:00Z');

describe('cachedReading', () => {
  let changes: ChangeCounter;
  let ctx: AppContext;
  let computed: string[];
  beforeEach(() => {
    changes = new ChangeCounter();
    ctx = createContext({ changes } as unknown as Store);
    computed = [];
  });
  const read = (name: string, items = 1) =>
    cachedReading(ctx, [name], async () => {
      computed.push(name);
      return { name };
    }, () => items);

  it('computes a question once while nothing changes, and again after a change', async () => {
    const first = await read('overview');
    expect(await read('overview')).toBe(first);
    changes.bump();
    expect(await read('overview')).not.toBe(first);
    expect(computed).toEqual(['overview', 'overview']);
  });

  it('shares a computation in progress between the callers who ask meanwhile', async () => {
    const [a, b] = await Promise.all([read('relations'), read('relations')]);
    expect(a).toBe(b);
    expect(computed).toEqual(['relations']);
  });

  it('does not remember a failure', async () => {
    let calls = 0;
    const failing = () => cachedReading(ctx, ['failing'], async () => {
      calls++;
      throw new Error('database went away');
    });
    await expect(failing()).rejects.toThrow('database went away');
    await expect(failing()).rejects.toThrow('database went away');
    expect(calls).toBe(2);
  });

  it('forgets the least recently used question beyond 32, and a result too large to keep', async () => {
    await read('q0');
    for (let i = 1; i <= 32; i++) {
      await read(`q${i}`);
      await read('q1');
    }
    computed = [];
    await read('q1');
    await read('q0');
    expect(computed).toEqual(['q0']);
    await read('huge', 20_001);
    await read('huge', 20_001);
    expect(computed).toEqual(['q0', 'huge', 'huge']);
  });
});

describe.each(DIALECTS)('cached readings on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  let organisationId: string;
  let stakeholderId: string;
  let accounts: { received: string; given: string };

  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => NOW);
    organisationId = (await createOrganisation(ctx, { name: 'Cached' })).id;
    const stakeholder = await addStakeholder(ctx, organisationId, { name: 'Drukkerij Vanden Broele', category: 'suppliers', level: 'market', relation: { startedOn: '2024-01-01' } });
    await addStakeholder(ctx, organisationId, { name: 'Gemeente Brugge', category: 'government', level: 'societal', relation: { startedOn: '2024-01-01' } });
    stakeholderId = stakeholder.id;
    accounts = stakeholder.relation!.accounts;
  });
  afterAll(() => test.close());

  const overview = () => organisationOverview(ctx, organisationId);
  const relations = async () => (await readRelations(ctx, organisationId)).relations;
  const balance = async () => (await overview()).received.total.balance;

  it('serves the same object for repeated readings while nothing is written', async () => {
    expect(await overview()).toBe(await overview());
    expect(await readRelations(ctx, organisationId)).toBe(await readRelations(ctx, organisationId));
    expect(await signalInbox(ctx, organisationId)).toEqual(await signalInbox(ctx, organisationId));
    const trend = () => readGroupTrends(ctx, organisationId, { direction: 'received', groupBy: 'level' });
    expect(await trend()).toBe(await trend());
    // Another date is another question.
    expect(await organisationOverview(ctx, organisationId, { asOf: '2026-01-01' })).not.toBe(await overview());
  });

  it('shows every write through a use case in the next reading', async () => {
    const before = await balance();
    const entry = await recordEntry(ctx, organisationId, { accountId: accounts.received, foundation: 'honesty', amount: 3 });
    expect(await balance()).toBeCloseTo(before + 3, 9);

    await reverseEntry(ctx, organisationId, entry.id, { reason: 'booked twice' });
    expect(await balance()).toBeCloseTo(before, 9);

    await recordEntry(ctx, organisationId, { accountId: accounts.received, foundation: 'honesty', amount: 2 });
    await changeParameters(ctx, organisationId, { changes: { depositHalfLifeDays: 120 }, note: 'short memory' });
    expect((await overview()).parameterVersion).toBe(2);

    await overridePhase(ctx, organisationId, accounts.given, { phase: 'value_based', reason: 'decades together' });
    const ours = (await relations()).find((r) => r.stakeholderId === stakeholderId)!;
    expect(ours.accounts.given.phase.phase).toBe('value_based');

    await editStakeholder(ctx, organisationId, stakeholderId, { name: 'Die Keure' });
    expect((await relations()).map((r) => r.stakeholder.name)).toContain('Die Keure');

    await archiveStakeholder(ctx, organisationId, stakeholderId);
    expect((await overview()).relations).toBe(1);
    expect((await relations()).map((r) => r.stakeholderId)).not.toContain(stakeholderId);
  });

  it('keeps nothing of a transaction that was rolled back', async () => {
    const other = await addStakeholder(ctx, organisationId, { name: 'Haven Zeebrugge', category: 'business_partners', level: 'market', relation: { startedOn: '2024-01-01' } });
    const account = other.relation!.accounts.received;
    const before = await overview();
    const [entry] = await checkEntries(ctx, organisationId, [{ accountId: account, foundation: 'service', amount: 5 }]);
    let during: Promise<unknown> | undefined;
    await expect(
      ctx.store.db.transaction().execute(async (trx) => {
        await writeEntries(ctx, trx, organisationId, [entry!]);
        // A reading asked meanwhile: on SQLite it waits for the transaction, on PostgreSQL it
        // reads the rows as they were on another connection.
        during = overview();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await during) as typeof before).toEqual(before);
    expect((await overview()).received.total.balance).toBeCloseTo(before.received.total.balance, 9);
  });

  // On SQLite a reading waits for the transaction to end; on PostgreSQL it runs beside it.
  it.runIf(dialect === 'postgres')('does not keep a reading made beside a transaction before it commits', async () => {
    const other = await addStakeholder(ctx, organisationId, { name: 'Kredietbank', category: 'financial_institutions', level: 'market', relation: { startedOn: '2024-01-01' } });
    const [entry] = await checkEntries(ctx, organisationId, [{ accountId: other.relation!.accounts.received, foundation: 'service', amount: 4 }]);
    const before = await balance();
    await ctx.store.db.transaction().execute(async (trx) => {
      await writeEntries(ctx, trx, organisationId, [entry!]);
      // Read after the write's own count, before the commit: the rows are the old ones.
      expect(await balance()).toBeCloseTo(before, 9);
    });
    expect(await balance()).not.toBeCloseTo(before, 9);
  });
});
