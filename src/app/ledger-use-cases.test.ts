import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAccount } from '../domain/account-reading.ts';
import { evidenceByFoundation } from '../domain/evidence.ts';
import { DEFAULT_PARAMETERS } from '../domain/parameters.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { readAuditLog } from './audit.ts';
import { createContext, type AppContext } from './context.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { listEntries } from './list-entries.ts';
import { createOrganisation } from './organisations.ts';
import { getAccount, organisationOverview, readRelations } from './read-accounts.ts';
import { recordEntries, recordEntry, reverseEntry } from './record-entries.ts';
import { addRelation } from './relations.ts';
import { addStakeholder } from './stakeholders.ts';

const NOW = new Date('2026-06-30T12:00:00Z');

describe.each(DIALECTS)('ledger use cases on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => NOW);
  });
  afterAll(() => test.close());

  async function freshRelation(level: 'relational' | 'market' = 'market', category = 'suppliers', importance = 3) {
    const organisation = await createOrganisation(ctx, { name: 'Houtatelier Verhaeghe' });
    const stakeholder = await addStakeholder(ctx, organisation.id, { name: 'Eikenhout BV', category, level, importance });
    const relation = await addRelation(ctx, organisation.id, { stakeholderId: stakeholder.id, startedOn: '2024-01-01' });
    return { organisation, stakeholder, relation };
  }

  it('reads a single deposit of 3 today as T = 80 from the running sums', async () => {
    const { organisation, relation } = await freshRelation();
    await recordEntry(ctx, organisation.id, { accountId: relation.accounts.received, foundation: 'competence', amount: 3 });
    const view = await getAccount(ctx, organisation.id, relation.accounts.received);
    expect(view.reading.r).toBeCloseTo(3, 12);
    expect(view.reading.trustLevel).toBeCloseTo(80, 10);
    expect(view.reading.band).toBe('trust');
    expect(view.reading.legs.professional.trustLevel).toBeCloseTo(80, 10);
    expect(view.reading.legs.intentional.band).toBe('uncertain');
    const given = await getAccount(ctx, organisation.id, relation.accounts.given);
    expect(given.reading.trustLevel).toBe(50);
  });

  it('gives the same reading from the sums as the batch computation over the stored entries', async () => {
    const { organisation, relation } = await freshRelation();
    const accountId = relation.accounts.received;
    const inputs = [
      { accountId, occurredOn: '2025-01-15', foundation: 'honesty' as const, amount: 2 },
      { accountId, occurredOn: '2025-03-01', foundation: 'result' as const, amount: -3, intent: 'intentional' as const },
      { accountId, occurredOn: '2025-11-20', foundation: 'service' as const, amount: 4 },
      { accountId, occurredOn: '2026-06-01', foundation: 'fair_play' as const, amount: -1, intent: 'unknown' as const },
    ];
    const entries = await recordEntries(ctx, organisation.id, inputs);
    const expected = readAccount(evidenceByFoundation(entries, '2026-06-30', DEFAULT_PARAMETERS), '2026-06-30', DEFAULT_PARAMETERS, 0.5);
    const view = await getAccount(ctx, organisation.id, accountId);
    expect(view.reading.trustLevel).toBeCloseTo(expected.trustLevel, 9);
    expect(view.reading.balance).toBeCloseTo(expected.balance, 9);
    expect(view.reading.legs.contractual.s).toBeCloseTo(expected.legs.contractual.s, 9);
    // Before the newest entry the sums no longer apply; the entries answer instead.
    const earlier = await getAccount(ctx, organisation.id, accountId, { asOf: '2025-06-01' });
    const expectedEarlier = readAccount(evidenceByFoundation(entries, '2025-06-01', DEFAULT_PARAMETERS), '2025-06-01', DEFAULT_PARAMETERS, 0.5);
    expect(earlier.reading.trustLevel).toBeCloseTo(expectedEarlier.trustLevel, 9);
    expect(earlier.reading.asOf).toBe('2025-06-01');
  });

  it('records a large batch in one call — more rows than one statement may bind — all or nothing', async () => {
    const { organisation, relation } = await freshRelation();
    const accountId = relation.accounts.given;
    const batch = Array.from({ length: 3_001 }, (_, i) => ({ accountId, occurredOn: '2026-01-02', foundation: 'service' as const, amount: 1 + (i % 3) }));
    await recordEntries(ctx, organisation.id, batch);
    const view = await getAccount(ctx, organisation.id, accountId, { asOf: '2026-01-02' });
    expect(view.reading.r).toBeCloseTo(1_000 * 6 + 1, 6);
    const refused = [...batch, { accountId, occurredOn: '2026-01-02', foundation: 'service' as const, amount: 9 }];
    await expect(recordEntries(ctx, organisation.id, refused)).rejects.toThrow(/amount/);
    expect((await getAccount(ctx, organisation.id, accountId, { asOf: '2026-01-02' })).reading.r).toBeCloseTo(1_000 * 6 + 1, 6);
  });

  it('reverses an entry exactly, once, and keeps both in the ledger', async () => {
    const { organisation, relation } = await freshRelation();
    const accountId = relation.accounts.given;
    await recordEntry(ctx, organisation.id, { accountId, occurredOn: '2026-01-10', foundation: 'learning', amount: 2 });
    const before = await getAccount(ctx, organisation.id, accountId);
    const mistake = await recordEntry(ctx, organisation.id, {
      accountId, occurredOn: '2026-05-05', foundation: 'honesty', amount: -5, intent: 'intentional',
    });
    expect((await getAccount(ctx, organisation.id, accountId)).reading.trustLevel).toBeLessThan(before.reading.trustLevel);
    const reversal = await reverseEntry(ctx, organisation.id, mistake.id, { reason: 'Booked on the wrong supplier' });
    expect(reversal.reverses).toBe(mistake.id);
    expect(reversal.amount).toBe(5);
    const after = await getAccount(ctx, organisation.id, accountId);
    expect(after.reading.trustLevel).toBeCloseTo(before.reading.trustLevel, 9);
    expect(after.reading.s).toBeCloseTo(0, 9);
    await expect(reverseEntry(ctx, organisation.id, mistake.id, { reason: 'again' })).rejects.toBeInstanceOf(ConflictError);
    await expect(reverseEntry(ctx, organisation.id, reversal.id, { reason: 'undo' })).rejects.toBeInstanceOf(ConflictError);
    const page = await listEntries(ctx, organisation.id, accountId);
    expect(page.entries.map((e) => e.id).sort()).toEqual([mistake.id, reversal.id, page.entries.find((e) => e.amount === 2)!.id].sort());
    expect(page.entries.find((e) => e.id === mistake.id)!.reversedBy).toBe(reversal.id);
  });

  it('never leaves an entry without its running sum: a failure later in the transaction writes neither', async () => {
    const { organisation, relation } = await freshRelation();
    const accountId = relation.accounts.received;
    await recordEntry(ctx, organisation.id, { accountId, foundation: 'competence', amount: 3 });
    // Every id the next write asks for is one the audit log already holds: the entry goes in, then
    // its audit record collides, before the running sum is touched.
    const takenAuditId = (await readAuditLog(ctx, organisation.id)).items[0]!.id;
    const colliding: AppContext = { ...ctx, newId: () => takenAuditId };
    await expect(recordEntry(colliding, organisation.id, { accountId, foundation: 'service', amount: 5 })).rejects.toThrow();
    const { entries } = await listEntries(ctx, organisation.id, accountId);
    expect(entries.map((e) => e.amount)).toEqual([3]);
    expect((await getAccount(ctx, organisation.id, accountId)).reading.r).toBeCloseTo(3, 12);
  });

  it('lets one of two simultaneous reversals through and takes the entry out of the sums once', async () => {
    const { organisation, relation } = await freshRelation();
    const accountId = relation.accounts.given;
    await recordEntry(ctx, organisation.id, { accountId, occurredOn: '2026-01-10', foundation: 'learning', amount: 2 });
    const before = await getAccount(ctx, organisation.id, accountId);
    const mistake = await recordEntry(ctx, organisation.id, { accountId, foundation: 'result', amount: 4 });
    const outcomes = await Promise.allSettled([
      reverseEntry(ctx, organisation.id, mistake.id, { reason: 'first click' }),
      reverseEntry(ctx, organisation.id, mistake.id, { reason: 'second click' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')?.reason).toBeInstanceOf(ConflictError);
    expect((await listEntries(ctx, organisation.id, accountId)).entries).toHaveLength(3);
    const after = await getAccount(ctx, organisation.id, accountId);
    expect(after.reading.r).toBeCloseTo(before.reading.r, 12);
    expect(after.reading.trustLevel).toBeCloseTo(before.reading.trustLevel, 9);
  });

  it('rejects bad entries naming the field and writes nothing', async () => {
    const { organisation, relation } = await freshRelation();
    const accountId = relation.accounts.received;
    const bad = [
      { amount: 0, foundation: 'honesty' as const },
      { amount: 6, foundation: 'honesty' as const },
      { amount: -2, foundation: 'honesty' as const },
      { amount: 2, foundation: 'honesty' as const, intent: 'intentional' as const },
      { amount: 2, foundation: 'loyalty' as never },
      { amount: 2, foundation: 'honesty' as const, occurredOn: '2026-07-01' },
      { amount: 2, foundation: 'honesty' as const, occurredOn: '2026-02-30' },
    ];
    const fields = [];
    for (const input of bad) {
      const error = await recordEntry(ctx, organisation.id, { accountId, ...input }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      fields.push((error as ValidationError).issues[0]!.field);
    }
    expect(fields).toEqual(['amount', 'amount', 'intent', 'intent', 'foundation', 'occurredOn', 'occurredOn']);
    // A batch with one bad entry writes none of them.
    await expect(
      recordEntries(ctx, organisation.id, [
        { accountId, foundation: 'honesty', amount: 1 },
        { accountId, foundation: 'honesty', amount: 9 },
      ]),
    ).rejects.toMatchObject({ issues: [{ field: '1.amount' }] });
    expect((await listEntries(ctx, organisation.id, accountId)).entries).toEqual([]);
    expect((await getAccount(ctx, organisation.id, accountId)).reading.r).toBe(0);
  });

  it('answers not found for unknown ids and for another organisation’s objects', async () => {
    const a = await freshRelation();
    const b = await freshRelation();
    await expect(getAccount(ctx, a.organisation.id, b.relation.accounts.received)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordEntry(ctx, a.organisation.id, { accountId: b.relation.accounts.received, foundation: 'result', amount: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(addRelation(ctx, a.organisation.id, { stakeholderId: b.stakeholder.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reverseEntry(ctx, a.organisation.id, 'no-such-entry', { reason: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('pages through the ledger newest first without gaps or repeats', async () => {
    const { organisation, relation } = await freshRelation();
    const accountId = relation.accounts.received;
    const inputs = Array.from({ length: 7 }, (_, i) => ({
      accountId,
      occurredOn: `2026-0${1 + (i % 3)}-1${i}`,
      foundation: 'service' as const,
      amount: 1 + (i % 5),
    }));
    await recordEntries(ctx, organisation.id, inputs);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listEntries(ctx, organisation.id, accountId, { limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.entries.map((e) => `${e.occurredOn} ${e.id}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect([...seen].sort().reverse()).toEqual(seen);
    await expect(listEntries(ctx, organisation.id, accountId, { cursor: 'garbage' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('totals the organisation per level and category, weighted by importance', async () => {
    const organisation = await createOrganisation(ctx, { name: 'Overview test' });
    const big = await addStakeholder(ctx, organisation.id, { name: 'Big client', category: 'customers', level: 'market', importance: 5 });
    const small = await addStakeholder(ctx, organisation.id, { name: 'Small client', category: 'customers', level: 'market', importance: 1 });
    const staff = await addStakeholder(ctx, organisation.id, { name: 'Staff', category: 'employees', level: 'relational', importance: 4 });
    const rBig = await addRelation(ctx, organisation.id, { stakeholderId: big.id });
    await addRelation(ctx, organisation.id, { stakeholderId: small.id });
    await addRelation(ctx, organisation.id, { stakeholderId: staff.id });
    await recordEntry(ctx, organisation.id, { accountId: rBig.accounts.received, foundation: 'result', amount: 3 });
    const overview = await organisationOverview(ctx, organisation.id);
    expect(overview.relations).toBe(3);
    const customers = overview.received.byCategory.customers!;
    expect(customers.accounts).toBe(2);
    // (5·80 + 1·50) / 6 = 75
    expect(customers.trustLevel).toBeCloseTo(75, 9);
    expect(customers.balance).toBeCloseTo(3, 9);
    expect(customers.weightedBalance).toBeCloseTo(15, 9);
    expect(overview.received.byLevel.relational!.trustLevel).toBe(50);
    // (5·80 + 1·50 + 4·50) / 10 = 65
    expect(overview.received.total.trustLevel).toBeCloseTo(65, 9);
    expect(overview.given.total.trustLevel).toBe(50);
    const { relations } = await readRelations(ctx, organisation.id);
    expect(relations.map((r) => r.stakeholder.name)).toEqual(['Big client', 'Small client', 'Staff']);
  });

  it("takes today from the organisation's time zone", async () => {
    // 2026-06-30T12:00Z is already 1 July in Auckland, still 30 June in Brussels.
    const auckland = await createOrganisation(ctx, { name: 'Kiwi Ltd', timeZone: 'Pacific/Auckland' });
    const stakeholder = await addStakeholder(ctx, auckland.id, { name: 'Harbour Board', category: 'government', level: 'societal' });
    const relation = await addRelation(ctx, auckland.id, { stakeholderId: stakeholder.id });
    expect(relation.startedOn).toBe('2026-07-01');
    const entry = await recordEntry(ctx, auckland.id, { accountId: relation.accounts.received, foundation: 'result', amount: 1 });
    expect(entry.occurredOn).toBe('2026-07-01');
    const { organisation, relation: brussels } = await freshRelation();
    expect(organisation.timeZone).toBe('Europe/Brussels');
    await expect(
      recordEntry(ctx, organisation.id, { accountId: brussels.accounts.received, foundation: 'result', amount: 1, occurredOn: '2026-07-01' }),
    ).rejects.toMatchObject({ issues: [{ field: 'occurredOn' }] });
    await expect(createOrganisation(ctx, { name: 'Nowhere', timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ issues: [{ field: 'timeZone' }] });
  });
});
