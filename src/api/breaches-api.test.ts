import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ApiResponse } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { DEMO_PASSWORD } from '../app/demo/demo-logins.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import type { Breach } from './breach-schemas.ts';
import { createApi } from './create-api.ts';
import type { Entry, InboxItemSchema, Page, Problem } from './schemas.ts';

type InboxItem = z.infer<typeof InboxItemSchema>;

const TODAY = '2026-06-30';

interface Created {
  id: string;
  relation: { id: string; accounts: { received: string; given: string } };
}

/**
 * Breach and repair through the HTTP API: our breach repaired with an apology and deposits until
 * trust is back (the fixed ledger of breach-recovery.test.ts, so the recovery is known by hand),
 * their breach answered by leaving, small incidents turned into a breach in one step, and every
 * refusal writing nothing.
 */
describe.each(DIALECTS)('breach and repair through the HTTP API on %s', (dialect) => {
  let test: TestStore;
  let editor: ApiClient;
  let base: string;
  let printer: Created;

  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => new Date(`${TODAY}T10:00:00Z`));
    const organisation = await loadDemo(ctx, { today: TODAY });
    editor = await new ApiClient(createApi(ctx, { webRoot: null })).signIn('editor@lindenhof.example', DEMO_PASSWORD);
    base = `/organisations/${organisation.id}`;
    printer = await stakeholder('Drukkerij Van Acker');
  });
  afterAll(() => test.close());

  async function stakeholder(name: string): Promise<Created> {
    const created = await editor.call<Created>('POST', `${base}/stakeholders`, {
      name,
      category: 'suppliers',
      level: 'market',
      importance: 4,
      relation: { startedOn: '2025-12-01' },
    });
    expect(created.status).toBe(201);
    return created.body;
  }
  const record = async (accountId: string, occurredOn: string, amount: number, foundation = 'competence', intent: string | null = amount < 0 ? 'unintentional' : null) => {
    const result = await editor.call<Entry>('POST', `${base}/entries`, { accountId, occurredOn, amount, foundation, intent });
    expect(result.status).toBe(201);
    return result.body;
  };
  const breachCount = async () => (await editor.call<Page<Breach>>('GET', `${base}/breaches`)).body.items.length;
  const entryCount = async (accountId: string) => (await editor.call<Page<Entry>>('GET', `${base}/accounts/${accountId}/entries?limit=200`)).body.items.length;
  const inbox = async () => (await editor.call<{ items: InboxItem[] }>('GET', `${base}/signals`)).body.items;

  it('ships two demo breaches, one each way, with an overdue repair and small incidents left to turn into a breach', async () => {
    const demo = (await editor.call<Page<Breach>>('GET', `${base}/breaches`)).body.items;
    expect(demo.map((b) => [b.stakeholder.name, b.direction, b.status])).toEqual([
      ['Beslaghandel Vijs & Moer', 'they_breached', 'in_repair'],
      ['Woonketen Nestel', 'we_breached', 'in_repair'],
    ]);
    expect(demo[0]!.response?.response).toBe('address');
    expect(demo[1]!.repairs).toHaveLength(2);
    expect(demo[1]!.recovery.lowest).toBeLessThan(demo[1]!.recovery.before);
    const kinds = (await inbox()).map((s) => [s.kind, s.stakeholderId]);
    expect(kinds).toContainEqual(['overdue_repair', demo[1]!.stakeholder.id]);
    expect(kinds.some(([kind]) => kind === 'small_incidents')).toBe(true);
  });

  it('repairs our breach with an apology and deposits, and measures the recovery', async () => {
    const received = printer.relation.accounts.received;
    await record(received, '2026-01-01', 3);
    const recorded = await editor.call<Breach>('POST', `${base}/breaches`, {
      relationId: printer.relation.id,
      direction: 'we_breached',
      occurredOn: '2026-03-01',
      intent: 'side_effect',
      scale: 'incidental',
      description: 'The spring catalogue was delivered a week late.',
      withdrawals: [{ foundation: 'competence', amount: -1, intent: 'unintentional', note: 'Late delivery' }],
    });
    expect(recorded.status).toBe(201);
    const breach = recorded.body;
    expect(breach).toMatchObject({ status: 'open', accountId: received, violationType: 'competence', nextStatuses: ['in_repair', 'relation_ended'], responseAdvice: null });
    expect(breach.withdrawals.map((e) => [e.amount, e.occurredOn])).toEqual([[-1, '2026-03-01']]);
    expect(Object.values(breach.apology!).map((s) => s.state)).toEqual(Array(6).fill('planned'));
    expect(breach.apologyGuidance!.en).toContain('apology works well');

    const planned = await editor.call<Breach>('PATCH', `${base}/breaches/${breach.id}/plan`, {
      apology: { acknowledging_responsibility: { state: 'done', note: 'Said so on the phone' }, request_for_forgiveness: { state: 'skipped' } },
      actions: [{ description: 'Check every print run against the delivery date', owner: 'Production planner', dueOn: '2026-03-10' }],
      followUpOn: '2026-07-15',
    });
    expect(planned.status).toBe(200);
    expect(planned.body.apology!.acknowledging_responsibility).toEqual({ state: 'done', note: 'Said so on the phone' });
    expect(planned.body.apology!.regret!.state).toBe('planned');
    const overdue = (await inbox()).find((s) => s.key === `overdue_repair:${breach.id}`);
    expect(overdue).toMatchObject({ kind: 'overdue_repair', accountId: received, facts: { overdue: 1, days: 112 } });

    for (const [occurredOn, amount] of [['2026-03-15', 3], ['2026-04-01', 4], ['2026-05-01', 4]] as const) {
      const repaired = await editor.call<Breach>('POST', `${base}/breaches/${breach.id}/repairs`, { foundation: 'competence', amount, occurredOn });
      expect(repaired.status).toBe(201);
      expect(repaired.body.status).toBe('in_repair');
    }
    const action = planned.body.actions[0]!;
    const done = await editor.call<Breach>('PATCH', `${base}/breaches/${breach.id}/plan`, { actions: [{ ...action, doneOn: '2026-03-09' }] });
    expect(done.body.actions).toEqual([{ ...action, doneOn: '2026-03-09' }]);
    expect((await inbox()).some((s) => s.key === `overdue_repair:${breach.id}`)).toBe(false);

    const read = (await editor.call<Breach>('GET', `${base}/breaches/${breach.id}`)).body;
    expect(read.repairs.map((e) => [e.source, e.amount])).toEqual([['repair', 3], ['repair', 4], ['repair', 4]]);
    // The hand-computed figures of breach-recovery.test.ts.
    expect(read.recovery.before).toBeCloseTo(78.665, 3);
    expect([read.recovery.lowestOn, read.recovery.recoveredOn, read.recovery.daysToRecovery]).toEqual(['2026-03-14', '2026-05-01', 61]);
    expect(read.recovery.lowest).toBeCloseTo(52.882, 3);

    const skipped = await editor.call<Problem>('POST', `${base}/breaches/${breach.id}/status`, { status: 'open' });
    expect(skipped.status).toBe(409);
    const restored = await editor.call<Breach>('POST', `${base}/breaches/${breach.id}/status`, { status: 'restored', note: 'Orders back at their old level' });
    expect(restored.body.history.map((h) => h.status)).toEqual(['open', 'in_repair', 'restored']);
    const after = await editor.call<Problem>('POST', `${base}/breaches/${breach.id}/repairs`, { foundation: 'service', amount: 1 });
    expect(after.status).toBe(409);
    expect(await entryCount(received)).toBe(5);
  });

  it('refuses a status jump that skips repair, and changes nothing', async () => {
    const breach = (
      await editor.call<Breach>('POST', `${base}/breaches`, {
        relationId: printer.relation.id,
        direction: 'we_breached',
        intent: 'side_effect',
        scale: 'incidental',
        description: 'An invoice sent twice.',
        withdrawals: [{ foundation: 'fair_play', amount: -1, intent: 'unintentional' }],
      })
    ).body;
    const jump = await editor.call<Problem>('POST', `${base}/breaches/${breach.id}/status`, { status: 'restored' });
    expect(jump.status).toBe(409);
    expect(jump.body.detail).toContain('next is in_repair or relation_ended');
    expect((await editor.call<Breach>('GET', `${base}/breaches/${breach.id}`)).body.status).toBe('open');
  });

  it('answers bad input with a clear 4xx and stores nothing', async () => {
    const other = await stakeholder('Koeriersdienst Snel');
    const elsewhere = await record(other.relation.accounts.received, '2026-06-01', -2);
    const deposit = await record(printer.relation.accounts.received, '2026-06-01', 2);
    const breaches = await breachCount();
    const entries = await entryCount(printer.relation.accounts.received);
    const breach = (entryIds: string[], extra: object = {}) =>
      editor.call<Problem>('POST', `${base}/breaches`, {
        relationId: printer.relation.id,
        direction: 'we_breached',
        intent: 'side_effect',
        scale: 'incidental',
        description: 'Something went wrong',
        entryIds,
        ...extra,
      });

    const cases: [Promise<ApiResponse<Problem>>, number, string][] = [
      [breach(['no-such-entry']), 400, 'is not known'],
      [breach([elsewhere.id]), 400, 'another account'],
      [breach([deposit.id]), 400, 'not a withdrawal'],
      [breach([]), 400, 'at least one withdrawal'],
      [breach([], { withdrawals: [{ foundation: 'honesty', amount: 2, intent: 'unintentional' }] }), 400, 'must be a withdrawal'],
      // A valid new withdrawal with an invalid breach: the withdrawal is not written either.
      [breach([], { description: ' ', withdrawals: [{ foundation: 'honesty', amount: -2, intent: 'unintentional' }] }), 400, 'description'],
      [breach([], { occurredOn: '2026-07-01', withdrawals: [{ foundation: 'honesty', amount: -2, intent: 'unintentional' }] }), 400, 'after today'],
      [breach([], { direction: 'both' }), 400, 'direction'],
      [breach([], { relationId: 'no-such-relation' }), 404, 'no-such-relation'],
    ];
    for (const [call, status, text] of cases) {
      const result = await call;
      expect(result.status, text).toBe(status);
      expect(result.type).toContain('application/problem+json');
      expect(JSON.stringify(result.body), text).toContain(text);
    }
    expect(await breachCount()).toBe(breaches);
    expect(await entryCount(printer.relation.accounts.received)).toBe(entries);

    const open = (
      await editor.call<Breach>('POST', `${base}/breaches`, {
        relationId: other.relation.id,
        direction: 'we_breached',
        intent: 'side_effect',
        scale: 'incidental',
        description: 'Parcel lost',
        entryIds: [elsewhere.id],
      })
    ).body;
    const wrongDeposit = await editor.call<Problem>('POST', `${base}/breaches/${open.id}/repairs`, { foundation: 'service', amount: -1 });
    expect(wrongDeposit.status).toBe(400);
    const respond = await editor.call<Problem>('POST', `${base}/breaches/${open.id}/response`, { response: 'leave' });
    expect([respond.status, respond.body.errors?.[0]?.field]).toEqual([400, 'response']);
    const badPlan = await editor.call<Problem>('PATCH', `${base}/breaches/${open.id}/plan`, { actions: [{ id: 'not-ours', description: 'x' }] });
    expect(badPlan.status).toBe(400);
    const unknownElement = await editor.call<Problem>('PATCH', `${base}/breaches/${open.id}/plan`, { apology: { flattery: { state: 'done' } } });
    expect(unknownElement.status).toBe(400);
    const read = (await editor.call<Breach>('GET', `${base}/breaches/${open.id}`)).body;
    expect([read.status, read.actions, read.repairs, read.response]).toEqual(['open', [], [], null]);
    expect(await entryCount(other.relation.accounts.received)).toBe(1);
  });

  it('advises how to respond to their breach, and leaving ends the relation while keeping its history', async () => {
    const partner = await stakeholder('Houthandel Noord');
    const given = partner.relation.accounts.given;
    const kickback = await record(given, '2026-06-10', -3, 'fair_play', 'intentional');
    const breach = (
      await editor.call<Breach>('POST', `${base}/breaches`, {
        relationId: partner.relation.id,
        direction: 'they_breached',
        occurredOn: '2026-06-10',
        intent: 'intentional',
        scale: 'manifest',
        description: 'They invoiced wood they never delivered.',
        entryIds: [kickback.id],
      })
    ).body;
    expect(breach).toMatchObject({ accountId: given, apology: null, violationType: null, apologyGuidance: null });
    const fits = Object.fromEntries(breach.responseAdvice!.map((a) => [a.response, a.fit]));
    expect(fits).toEqual({ address: 'good', accept: 'poor', complain: 'good', leave: 'possible' });

    const left = await editor.call<Breach>('POST', `${base}/breaches/${breach.id}/response`, { response: 'leave', alternatives: true, note: 'Two other mills can deliver.' });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ status: 'relation_ended', response: { response: 'leave', alternatives: true } });
    expect(left.body.responseAdvice!.find((a) => a.response === 'leave')!.fit).toBe('good');
    const archived = await editor.call<{ archivedAt: string | null }>('GET', `${base}/stakeholders/${partner.id}`);
    expect(archived.body.archivedAt).not.toBeNull();
    const refused = await editor.call<Problem>('POST', `${base}/entries`, { accountId: given, amount: 1, foundation: 'service' });
    expect(refused.status).toBe(409);
    expect(await entryCount(given)).toBe(1);
    expect((await editor.call<Breach>('GET', `${base}/breaches/${breach.id}`)).body.withdrawals.map((e) => e.id)).toEqual([kickback.id]);
  });

  it('turns accumulating small incidents into a breach in one step', async () => {
    const courier = await stakeholder('Transportbedrijf Devos');
    const given = courier.relation.accounts.given;
    const slips = [await record(given, '2026-05-02', -1), await record(given, '2026-05-20', -2), await record(given, '2026-06-15', -1)];
    const signal = (await inbox()).find((s) => s.key === `small_incidents:${given}`)!;
    expect(signal.evidence).toEqual(slips.map((e) => e.id));

    const wrongKind = (await inbox()).find((s) => s.kind !== 'small_incidents' && s.kind !== 'overdue_repair')!;
    const refused = await editor.call<Problem>('POST', `${base}/breaches/from-signal`, { signalKey: wrongKind.key });
    expect(refused.status).toBe(409);
    expect((await editor.call<Problem>('POST', `${base}/breaches/from-signal`, { signalKey: 'small_incidents:nothing' })).status).toBe(404);

    const made = await editor.call<Breach>('POST', `${base}/breaches/from-signal`, { signalKey: signal.key, description: 'Late pick-ups, three times this spring' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ direction: 'they_breached', occurredOn: '2026-06-15', intent: 'side_effect', scale: 'incidental', status: 'open' });
    expect(made.body.withdrawals.map((e) => e.id)).toEqual(slips.map((e) => e.id));
    expect((await inbox()).some((s) => s.key === signal.key)).toBe(false);
    const listed = (await editor.call<Page<Breach>>('GET', `${base}/breaches?relationId=${courier.relation.id}`)).body.items;
    expect(listed.map((b) => b.id)).toEqual([made.body.id]);
  });
});
