import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAccount } from './account-reading.ts';
import { amountArb, entry, entryFactsArb, foundationArb, intentArb } from './arbitraries.ts';
import { emptyFoundationEvidence, evidenceByFoundation } from './evidence.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import { impactFactor, scaledAmount, simulateOption, simulateWithInfluence, type ExpectedEffect, type SimulatedAccount } from './dilemma-simulation.ts';

const TODAY = '2026-05-01';
const options = (impact: number) => ({ asOf: TODAY, parameters: DEFAULT_PARAMETERS, impact });

const emptyAccount = (stakeholderId: string, extra: Partial<SimulatedAccount> = {}): SimulatedAccount => ({
  accountId: `${stakeholderId}-received`,
  stakeholderId,
  direction: 'received',
  importance: 3,
  vulnerability: 3,
  baseRate: 0.5,
  evidence: emptyFoundationEvidence(),
  ...extra,
});

const effect = (stakeholderId: string, amount: number, extra: Partial<ExpectedEffect> = {}): ExpectedEffect => ({
  stakeholderId,
  direction: 'received',
  foundation: 'fairness',
  amount,
  intent: amount < 0 ? 'unintentional' : null,
  ...extra,
});

describe('the impact of a dilemma', () => {
  it('leaves amounts as written at impact 1 and doubles them at 5, within ±5', () => {
    expect([1, 2, 3, 4, 5].map(impactFactor)).toEqual([1, 1.25, 1.5, 1.75, 2]);
    expect([1, 2, 3, 4, 5].map((impact) => scaledAmount(-2, impact))).toEqual([-2, -3, -3, -4, -4]);
    expect([1, 2, 3, 4, 5].map((impact) => scaledAmount(1, impact))).toEqual([1, 1, 2, 2, 2]);
    expect(scaledAmount(4, 5)).toBe(5);
  });
});

describe('simulateOption', () => {
  it('follows the worked example: −2 unintentional on an empty account at impact 3', () => {
    const outcome = simulateOption([emptyAccount('staff')], [effect('staff', -2)], options(3));
    const [change] = outcome.changes;
    expect(change!.balanceChange).toBeCloseTo(-6.75, 10);
    expect(change!.after.trustLevel).toBeCloseTo(100 / 8.75, 10);
    expect([change!.bandBefore, change!.bandAfter]).toEqual(['uncertain', 'distrust']);
    expect(outcome.socialCapitalChange).toBeCloseTo(3 * -6.75, 10);
    expect([outcome.gainers, outcome.losers]).toEqual([0, 1]);
  });

  it('equals recording the scaled effects today and reading the accounts', () => {
    fc.assert(
      fc.property(
        fc.array(entryFactsArb({ range: { min: '2024-01-01', max: TODAY } }), { maxLength: 12 }),
        fc.array(fc.record({ foundation: foundationArb, amount: amountArb, intent: intentArb }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        (history, planned, impact) => {
          const ledger: LedgerEntry[] = history.map((facts, i) => entry(`e${i}`, facts));
          const account = emptyAccount('s', { evidence: evidenceByFoundation(ledger, TODAY, DEFAULT_PARAMETERS) });
          const effects = planned.map((p) => effect('s', p.amount, { foundation: p.foundation, intent: p.amount < 0 ? p.intent : null }));
          const booked = effects.map((e, i) =>
            entry(`n${i}`, { occurredOn: TODAY, foundation: e.foundation, amount: scaledAmount(e.amount, impact), intent: e.intent }),
          );
          const expected = readAccount(evidenceByFoundation([...ledger, ...booked], TODAY, DEFAULT_PARAMETERS), TODAY, DEFAULT_PARAMETERS, 0.5);
          const [change] = simulateOption([account], effects, options(impact)).changes;
          expect(change!.after.trustLevel).toBeCloseTo(expected.trustLevel, 9);
          expect(change!.after.balance).toBeCloseTo(expected.balance, 9);
          for (const leg of ['intentional', 'professional', 'contractual'] as const) {
            expect(change!.after.legs[leg].trustLevel).toBeCloseTo(expected.legs[leg].trustLevel, 9);
          }
        },
      ),
    );
  });

  it('names the most vulnerable of those who lose as worst off, before a bigger loss of a less vulnerable one', () => {
    const accounts = [
      emptyAccount('investors', { vulnerability: 1, importance: 5 }),
      emptyAccount('staff', { vulnerability: 5, importance: 4 }),
      emptyAccount('suppliers', { vulnerability: 2 }),
    ];
    const outcome = simulateOption(accounts, [effect('investors', 3), effect('staff', -1), effect('suppliers', -4)], options(1));
    expect(outcome.worstOff?.stakeholderId).toBe('staff');
    expect([outcome.gainers, outcome.losers]).toEqual([1, 2]);
    expect(outcome.changes.map((c) => c.stakeholderId)).toEqual(['investors', 'staff', 'suppliers']);
    expect(simulateOption(accounts, [effect('investors', 2)], options(1)).worstOff).toBeNull();
  });

  it('leaves the accounts as they were and reports effects on accounts it does not know', () => {
    const account = emptyAccount('staff');
    const frozen = JSON.stringify(account);
    const outcome = simulateOption([account], [effect('staff', 2), effect('media', -3), effect('staff', 1, { direction: 'given' })], options(2));
    expect(JSON.stringify(account)).toBe(frozen);
    expect(outcome.changes).toHaveLength(1);
    expect(outcome.unmatched.map((e) => e.stakeholderId)).toEqual(['media', 'staff']);
  });
});

describe('simulateWithInfluence', () => {
  const accounts = ['media', 'customers', 'suppliers', 'staff'].map((id) => emptyAccount(id));
  const edges = [
    { from: 'media', to: 'customers', weight: 0.5 },
    { from: 'customers', to: 'suppliers', weight: 0.4 },
    { from: 'suppliers', to: 'staff', weight: 0.9 },
    { from: 'customers', to: 'media', weight: 0.3 },
  ];

  it('reaches two hops, discounting per hop, never back along its path, and keeps direct and second-order apart', () => {
    const { direct, secondOrder } = simulateWithInfluence(accounts, [effect('media', 4)], edges, options(1));
    expect(direct.changes.map((c) => c.stakeholderId)).toEqual(['media']);
    expect(direct).toEqual(simulateOption(accounts, [effect('media', 4)], options(1)));
    const r = Object.fromEntries(secondOrder.changes.map((c) => [c.stakeholderId, c.balanceChange]));
    // media → customers 4 · 0.5 = 2; → suppliers 2 · 0.4 = 0.8; staff is a third hop; nothing returns to media.
    expect(r).toEqual({ customers: 2, suppliers: expect.closeTo(0.8, 10) });
  });

  it('reads second-order effects on top of the direct ones', () => {
    const { secondOrder } = simulateWithInfluence(accounts, [effect('media', -2), effect('customers', 2)], edges, options(1));
    const customers = secondOrder.changes.find((c) => c.stakeholderId === 'customers')!;
    expect(customers.before.balance).toBe(2);
    expect(customers.balanceChange).toBeCloseTo(-2 * 2.25 * 0.5, 10);
    // The customers' own deposit also travels: to suppliers (0.4) and back to media (0.3).
    expect(secondOrder.changes.find((c) => c.stakeholderId === 'media')!.balanceChange).toBeCloseTo(2 * 0.3, 10);
  });
});
