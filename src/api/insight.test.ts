import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import { readAccount } from '../domain/account-reading.ts';
import { evidenceByFoundation } from '../domain/evidence.ts';
import { DEFAULT_PARAMETERS } from '../domain/parameters.ts';
import { accountEntries } from '../store/entries.ts';
import { ApiClient } from '../../test/support/api-client.ts';
import { DEMO_PASSWORD } from '../app/demo/demo-logins.ts';
import { createApi } from './create-api.ts';
import type { Account, GroupFigures, Overview, Page, Problem, Relation } from './schemas.ts';

/** The model's reading of the ledger through the API: tripod, phase, parameters, signals, trends. */
const TODAY = '2026-06-30';
const NOW = new Date(`${TODAY}T10:00:00Z`);

interface InboxItem {
  key: string;
  kind: string;
  severity: string;
  measure: number;
  relationId: string | null;
  evidence: string[];
  importance: number;
  accountIds: string[];
  facts: Record<string, number | string>;
  action: { en: string; nl: string };
}

interface Inbox {
  asOf: string;
  parameterVersion: number;
  items: InboxItem[];
}

describe.each(DIALECTS)('model readings through the API on %s', (dialect) => {
  let test: TestStore;
  let app: ReturnType<typeof createApi>;
  let base: string;
  let relations: Relation[];
  const byName = (name: string) => relations.find((r) => r.stakeholder.name === name)!;

  let client: ApiClient;
  const call = <T>(method: string, path: string, body?: unknown) => client.call<T>(method, path, body);

  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => NOW);
    const organisation = await loadDemo(ctx, { today: TODAY });
    app = createApi(ctx, { webRoot: null });
    client = await new ApiClient(app).signIn('owner@lindenhof.example', DEMO_PASSWORD);
    base = `/organisations/${organisation.id}`;
    relations = (await call<Page<Relation>>('GET', `${base}/relations?limit=200`)).body.items;
  });
  afterAll(() => test.close());

  it('reads the tripod with compensation advice and the phase of every account', async () => {
    const union = byName('Syndicale afvaardiging').accounts.received;
    expect(union.reading.band).toBe('distrust');
    expect(union.tripod.legs.contractual.state).toBe('weak');
    const advice = union.tripod.advice.find((a) => a.dimension === 'contractual')!;
    expect(advice.action.en.length).toBeGreaterThan(20);
    expect(advice.action.nl.length).toBeGreaterThan(20);
    expect(advice.behaviourKeys.length).toBeGreaterThan(0);
    expect(union.phase.phase).toBe('calculative');
    expect(union.phase.inferred.reasons.map((r) => r.code)).toEqual(['below_cognitive']);
    const newcomer = byName('Lakfabriek Groenglans');
    expect(newcomer.accounts.received.phase.inferred.reasons.map((r) => r.code)).toContain('young_relation');
    expect(newcomer.daysSinceLastEntry).not.toBeNull();
    expect(byName('Raad van bestuur').lastEntryOn! <= TODAY).toBe(true);
  });

  it('keeps a phase override beside the inferred phase, and lifts it', async () => {
    const account = byName('Zagerij Eikenwoud').accounts.given;
    const inferred = account.phase.inferred.phase;
    const overridden = await call<Account>('PUT', `${base}/accounts/${account.id}/phase-override`, {
      phase: 'value_based',
      reason: 'Twintig jaar samenwerking, ook in moeilijke jaren',
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body.phase).toMatchObject({ phase: 'value_based', scope: 'relationship', source: 'override' });
    expect(overridden.body.phase.inferred.phase).toBe(inferred);
    expect(overridden.body.phase.override?.reason).toContain('Twintig jaar');
    const lifted = await call<Account>('PUT', `${base}/accounts/${account.id}/phase-override`, { phase: null, reason: 'Terug naar de berekening' });
    expect(lifted.body.phase).toMatchObject({ phase: inferred, source: 'inferred', override: null });
    const bad = await call<Problem>('PUT', `${base}/accounts/${account.id}/phase-override`, { phase: 'eternal', reason: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field)).toContain('phase');
  });

  it('lists signals by importance and severity, each with evidence and an action, and re-raises an acknowledged one when it grows', async () => {
    const inbox = (await call<{ items: InboxItem[] }>('GET', `${base}/signals`)).body.items;
    const kinds = new Set(inbox.map((s) => s.kind));
    for (const kind of ['negative_balance', 'weak_leg', 'small_incidents', 'reciprocity_gap']) expect(kinds).toContain(kind);
    const importances = inbox.map((s) => s.importance);
    expect([...importances].sort((a, b) => b - a)).toEqual(importances);
    const team = byName('Productieteam werkplaats');
    const incidents = inbox.find((s) => s.kind === 'small_incidents' && s.relationId === team.id)!;
    expect(incidents.evidence.length).toBeGreaterThanOrEqual(3);
    expect(incidents.action.nl).not.toBe('');

    const ack = await call<{ key: string; measure: number }>('POST', `${base}/signals/acknowledgements`, { key: incidents.key, note: 'Besproken op het teamoverleg' });
    expect(ack.status).toBe(201);
    expect(ack.body.measure).toBe(incidents.measure);
    const after = (await call<{ items: InboxItem[] }>('GET', `${base}/signals`)).body.items;
    expect(after.find((s) => s.key === incidents.key)).toBeUndefined();
    const all = (await call<{ items: (InboxItem & { acknowledged: unknown })[] }>('GET', `${base}/signals?includeAcknowledged=true`)).body.items;
    expect(all.find((s) => s.key === incidents.key)?.acknowledged).toMatchObject({ note: 'Besproken op het teamoverleg' });

    await call('POST', `${base}/entries`, { accountId: team.accounts.received.id, foundation: 'service', amount: -1, intent: 'unintentional' });
    const back = (await call<{ items: InboxItem[] }>('GET', `${base}/signals`)).body.items.find((s) => s.key === incidents.key);
    expect(back?.measure).toBe(incidents.measure + 1);

    expect((await call<Problem>('POST', `${base}/signals/acknowledgements`, { key: 'no-such-signal' })).status).toBe(404);
  });

  it('gives trends equal to the as-of reading at each month end, and group trends', async () => {
    const hotel = byName('Hotelgroep Strandhaver').accounts.received;
    const trend = (
      await call<{ dates: string[]; points: { trustLevel: number; balance: number; legs: Record<string, { trustLevel: number }> }[] }>(
        'GET',
        `${base}/accounts/${hotel.id}/trend?from=2025-01-01&to=${TODAY}`,
      )
    ).body;
    expect(trend.dates[0]).toBe('2025-01-31');
    expect(trend.dates.at(-1)).toBe(TODAY);
    expect(trend.dates).toHaveLength(18);
    for (const [i, date] of trend.dates.entries()) {
      const asOf = (await call<Account>('GET', `${base}/accounts/${hotel.id}?asOf=${date}`)).body.reading;
      expect(trend.points[i]!.trustLevel).toBeCloseTo(asOf.trustLevel, 9);
      expect(trend.points[i]!.legs.contractual!.trustLevel).toBeCloseTo(asOf.legs.contractual.trustLevel, 9);
    }
    // The breach of the storyline: distrust within the period, trust again at its end.
    expect(Math.min(...trend.points.map((p) => p.trustLevel))).toBeLessThan(50);
    expect(trend.points.at(-1)!.trustLevel).toBeGreaterThanOrEqual(60);

    const groups = (
      await call<{ groups: Record<string, { trustLevel: number | null; accounts: number }[]> }>(
        'GET',
        `${base}/trend?groupBy=level&direction=given&from=2026-01-01&to=${TODAY}`,
      )
    ).body.groups;
    expect(Object.keys(groups).sort()).toEqual(['market', 'organisational', 'relational', 'societal']);
    const overview = (await call<Overview>('GET', `${base}/overview`)).body;
    expect(groups.market!.at(-1)!.trustLevel).toBeCloseTo(overview.given.byLevel.market!.trustLevel!, 9);
    expect((await call<Problem>('GET', `${base}/trend?from=2026-07-01&to=2026-01-01`)).status).toBe(400);
  });

  it('matches a hand check of the group figures and shows the leadership profile', async () => {
    const overview = (await call<Overview>('GET', `${base}/overview`)).body;
    // Read again: earlier tests recorded entries.
    const now = (await call<Page<Relation>>('GET', `${base}/relations?limit=200`)).body.items;
    const market = now.filter((r) => r.stakeholder.level === 'market');
    const weight = market.reduce((sum, r) => sum + r.stakeholder.importance, 0);
    const trust = market.reduce((sum, r) => sum + r.stakeholder.importance * r.accounts.received.reading.trustLevel, 0) / weight;
    expect(overview.received.byLevel.market!.trustLevel).toBeCloseTo(trust, 9);
    expect(overview.received.byLevel.market!.accounts).toBe(market.length);

    // Every group of both directions by hand: importance-weighted mean of T and of each leg, plain
    // and importance-weighted sums of balance.
    for (const direction of ['received', 'given'] as const) {
      const groups: [GroupFigures, Relation[]][] = [
        [overview[direction].total, now],
        ...Object.entries(overview[direction].byLevel).map(([level, g]): [GroupFigures, Relation[]] => [g, now.filter((r) => r.stakeholder.level === level)]),
        ...Object.entries(overview[direction].byCategory).map(([category, g]): [GroupFigures, Relation[]] => [g, now.filter((r) => r.stakeholder.category === category)]),
      ];
      expect(Object.keys(overview[direction].byLevel).sort()).toEqual([...new Set(now.map((r) => r.stakeholder.level))].sort());
      expect(Object.keys(overview[direction].byCategory).sort()).toEqual([...new Set(now.map((r) => r.stakeholder.category))].sort());
      for (const [figures, members] of groups) {
        const i = (r: Relation) => r.stakeholder.importance;
        const reading = (r: Relation) => r.accounts[direction].reading;
        const sumOf = (f: (r: Relation) => number) => members.reduce((sum, r) => sum + f(r), 0);
        expect(figures.accounts).toBe(members.length);
        expect(figures.trustLevel).toBeCloseTo(sumOf((r) => i(r) * reading(r).trustLevel) / sumOf(i), 9);
        expect(figures.balance).toBeCloseTo(sumOf((r) => reading(r).balance), 9);
        expect(figures.weightedBalance).toBeCloseTo(sumOf((r) => i(r) * reading(r).balance), 9);
        for (const leg of ['intentional', 'professional', 'contractual'] as const) {
          expect(figures.legs[leg]).toBeCloseTo(sumOf((r) => i(r) * reading(r).legs[leg].trustLevel) / sumOf(i), 9);
        }
      }
    }
    expect(overview.received.total.accounts).toBe(now.length);
    const shares = overview.leadershipProfile.shares!;
    expect(shares.intentional + shares.professional + shares.contractual).toBeCloseTo(1, 12);
    expect(overview.leadershipProfile.style).not.toBeNull();
  });

  it('raises every signal of the model on the demo, with its evidence; fading agrees with the cadence and days since', async () => {
    const inbox = (await call<Inbox>('GET', `${base}/signals?includeAcknowledged=true`)).body.items;
    const kinds = new Set(inbox.map((s) => s.kind));
    const ledgerKinds = ['negative_balance', 'weak_leg', 'unknown_leg', 'small_incidents', 'recurring_foundation', 'culture_pattern', 'reciprocity_gap', 'fading', 'scope_ahead_of_phase'];
    for (const kind of ledgerKinds) expect(kinds, kind).toContain(kind);
    // Importance first, then severity.
    const rank = { high: 0, medium: 1, low: 2 } as Record<string, number>;
    for (const [a, b] of inbox.slice(1).map((s, i) => [inbox[i]!, s] as const)) {
      expect(a.importance > b.importance || (a.importance === b.importance && rank[a.severity]! <= rank[b.severity]!)).toBe(true);
    }
    for (const kind of ['negative_balance', 'small_incidents', 'recurring_foundation', 'culture_pattern']) {
      for (const signal of inbox.filter((s) => s.kind === kind)) expect(signal.evidence.length, signal.key).toBeGreaterThan(0);
    }
    const now = (await call<Page<Relation>>('GET', `${base}/relations?limit=200`)).body.items;
    const fading = inbox.filter((s) => s.kind === 'fading' && s.evidence.length > 0);
    expect(fading.length).toBeGreaterThan(0);
    for (const signal of fading) {
      const relation = now.find((r) => r.id === signal.relationId)!;
      const account = Object.values(relation.accounts).find((a) => a.id === signal.accountIds[0])!;
      expect(signal.facts.cadenceDays).toBe(relation.cadenceDays);
      expect(signal.facts.since).toBe(account.lastEntryOn);
      expect(signal.facts.days as number).toBeGreaterThan(relation.cadenceDays);
      expect(signal.facts.days as number).toBeGreaterThanOrEqual(relation.daysSinceLastEntry!);
    }
  });

  it('throws an account back to calculative after a major intentional breach, and its reversal lifts that', async () => {
    const strong = relations.find((r) => r.accounts.received.phase.inferred.phase === 'value_based')!.accounts.received;
    const breach = await call<{ id: string }>('POST', `${base}/entries`, { accountId: strong.id, foundation: 'honesty', amount: -4, intent: 'intentional' });
    expect(breach.status).toBe(201);
    const after = (await call<Account>('GET', `${base}/accounts/${strong.id}`)).body.phase.inferred;
    expect(after.phase).toBe('calculative');
    expect(after.reasons.find((r) => r.code === 'recent_intentional_breach')?.evidence).toEqual([breach.body.id]);
    await call('POST', `${base}/entries/${breach.body.id}/reversal`, { reason: 'Verkeerde relatie' });
    expect((await call<Account>('GET', `${base}/accounts/${strong.id}`)).body.phase.inferred.phase).toBe('value_based');
  });

  it('versions the parameters, rescales the sums, and still computes under an earlier version', async () => {
    const history = (await call<{ current: { version: number }; explanations: Record<string, { en: string; nl: string }> }>('GET', `${base}/parameters`)).body;
    expect(history.current.version).toBe(1);
    expect(history.explanations.withdrawalWeight!.nl).toContain('afname');
    const bad = await call<Problem>('POST', `${base}/parameters`, { changes: { depositHalfLifeDays: 10 }, note: 'too short' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('changes.depositHalfLifeDays');

    const bank = byName('Spaarbank IJzervallei').accounts.received;
    const before = (await call<Account>('GET', `${base}/accounts/${bank.id}`)).body.reading.trustLevel;
    const earlierBefore = (await call<Account>('GET', `${base}/accounts/${bank.id}?asOf=2026-01-31`)).body.reading;
    const inboxBefore = (await call<Inbox>('GET', `${base}/signals?includeAcknowledged=true`)).body;
    expect(inboxBefore).toMatchObject({ asOf: TODAY, parameterVersion: 1 });
    const changed = await call<{ version: number }>('POST', `${base}/parameters`, {
      changes: { withdrawalWeight: 3, baseRateByCategory: { financial_institutions: 0.4 } },
      note: 'Strenger na de herziening',
    });
    expect(changed.status).toBe(201);
    expect(changed.body.version).toBe(2);

    const now = (await call<Account>('GET', `${base}/accounts/${bank.id}`)).body;
    expect(now.parameterVersion).toBe(2);
    const parameters = { ...DEFAULT_PARAMETERS, withdrawalWeight: 3 };
    const entries = await accountEntries(test.store.db, base.split('/')[2]!, bank.id);
    const expected = readAccount(evidenceByFoundation(entries, TODAY, parameters), TODAY, parameters, 0.4);
    expect(now.reading.trustLevel).toBeCloseTo(expected.trustLevel, 9);
    const under1 = (await call<Account>('GET', `${base}/accounts/${bank.id}?parameterVersion=1`)).body;
    expect(under1.parameterVersion).toBe(1);
    expect(under1.reading.trustLevel).toBeCloseTo(before, 9);
    expect((await call<Problem>('GET', `${base}/accounts/${bank.id}?parameterVersion=9`)).status).toBe(404);

    // As of a date under a named version: the figure of before the change, and the answer says so.
    const earlierUnder1 = (await call<Account>('GET', `${base}/accounts/${bank.id}?asOf=2026-01-31&parameterVersion=1`)).body;
    expect(earlierUnder1).toMatchObject({ parameterVersion: 1, reading: { asOf: '2026-01-31' } });
    expect(earlierUnder1.reading.trustLevel).toBeCloseTo(earlierBefore.trustLevel, 9);

    // The signals too: under version 1 the inbox is the one of before the change, under 2 it moved.
    const measures = (inbox: Inbox) => inbox.items.map((i) => [i.key, i.measure]);
    const inboxUnder1 = (await call<Inbox>('GET', `${base}/signals?includeAcknowledged=true&parameterVersion=1`)).body;
    expect(inboxUnder1.parameterVersion).toBe(1);
    expect(measures(inboxUnder1)).toEqual(measures(inboxBefore));
    const inboxNow = (await call<Inbox>('GET', `${base}/signals?includeAcknowledged=true`)).body;
    expect(inboxNow.parameterVersion).toBe(2);
    expect(measures(inboxNow)).not.toEqual(measures(inboxBefore));
    expect((await call<Problem>('GET', `${base}/signals?parameterVersion=9`)).status).toBe(404);
  });
});
