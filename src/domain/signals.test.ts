import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { deposit, ledgerArb, reversalOf, withdrawal } from './arbitraries.ts';
import { addDays } from './calendar.ts';
import { effectiveEntries, type LedgerEntry } from './ledger-entry.ts';
import { AS_OF, accountOf, ago, otherAccount } from './signal-fixtures.ts';
import {
  SEVERITIES,
  SIGNAL_KINDS,
  SIGNAL_TEXTS,
  detectSignals,
  type SignalAccountInput,
} from './signals.ts';
import { stepsUp } from './signal-helpers.ts';
import { PHASES, SCOPES } from './vocabulary.ts';

/** A small organisation in which every kind of signal is raised at least once. */
function everything(): SignalAccountInput[] {
  const w = (id: string, days: number, foundation: LedgerEntry['foundation'], size = 1) =>
    withdrawal(id, ago(days), foundation, size, 'unintentional');
  const reversed = w('acme-r-wrong', 3, 'service', 5);
  return [
    // negative balance, weak and unknown legs, small incidents, recurring honesty, culture (result),
    // scope ahead of phase, reciprocity gap with the given account
    accountOf(
      [w('r1', 80, 'honesty'), w('r2', 40, 'honesty', 2), w('r3', 2, 'result'), reversed, reversalOf(reversed, 'acme-r-x', ago(1))],
      { recordedScope: 'relationship', phase: 'calculative', importance: 4 },
    ),
    accountOf([deposit('g1', ago(20), 'competence', 5), deposit('g2', ago(20), 'honesty', 4)], { direction: 'given', importance: 4 }),
    otherAccount('Beta', [w('b1', 10, 'result')]),
    otherAccount('Gamma', [w('c1', 60, 'result'), deposit('c2', ago(59), 'service', 2)], { importance: 2 }),
    // fading: deposits only, last one 200 days ago
    otherAccount('Delta', [deposit('d1', ago(200), 'service', 3)], { cadenceDays: 90 }),
    // never maintained
    otherAccount('Epsilon', [], { relationStartedOn: ago(365) }),
  ];
}

describe('detectSignals', () => {
  it('raises every kind in a small organisation, each key once, in kind-then-key order', () => {
    const signals = detectSignals(everything(), AS_OF);
    // The perception gap needs a trust scan beside the ledger (signals-perception.test.ts), the
    // overdue repair a breach (signals-repair.test.ts).
    const fromLedger = SIGNAL_KINDS.filter((kind) => kind !== 'perception_gap' && kind !== 'overdue_repair');
    expect(new Set(signals.map((s) => s.kind))).toEqual(new Set(fromLedger));
    const keys = signals.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const rank = (k: string) => SIGNAL_KINDS.findIndex((kind) => k.startsWith(`${kind}:`));
    const sorted = [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('gives the same keys, measures and evidence on every run and whatever the input order', () => {
    const first = detectSignals(everything(), AS_OF);
    const again = detectSignals(everything(), AS_OF);
    const reversedInput = detectSignals([...everything()].reverse(), AS_OF);
    expect(again).toEqual(first);
    const summary = (s: (typeof first)[number]) => [s.key, s.measure, s.severity, [...s.evidence].sort()];
    expect(reversedInput.map(summary)).toEqual(first.map(summary));
  });

  it('never names a reversed entry, a reversal, or an entry after asOf', () => {
    const evidence = detectSignals(everything(), AS_OF).flatMap((s) => s.evidence);
    expect(evidence).not.toContain('acme-r-wrong');
    expect(evidence).not.toContain('acme-r-x');
  });

  it('gives nothing for no accounts', () => {
    expect(detectSignals([], AS_OF)).toEqual([]);
  });

  it('writes a title and an action in both languages for every signal', () => {
    for (const signal of detectSignals(everything(), AS_OF)) {
      for (const text of [signal.title, signal.action]) {
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.nl.length).toBeGreaterThan(10);
        expect(text.nl).not.toBe(text.en);
        expect(`${text.en} ${text.nl}`).not.toMatch(/undefined|NaN|null|\[object/);
      }
      if (signal.stakeholderId !== null) {
        const name = signal.title.en.split(':')[0] ?? '';
        expect(name.length).toBeGreaterThan(0);
        expect(signal.title.nl.startsWith(`${name}:`)).toBe(true);
      }
    }
    expect(Object.keys(SIGNAL_TEXTS).sort()).toEqual([...SIGNAL_KINDS].sort());
  });
});

describe('stepsUp', () => {
  it('rounds up to whole steps, at least one, ignoring floating-point noise', () => {
    expect(stepsUp(0.2, 1)).toBe(1);
    expect(stepsUp(1e-12, 1)).toBe(1);
    expect(stepsUp(2, 1)).toBe(2);
    expect(stepsUp(2 + 1e-12, 1)).toBe(2);
    expect(stepsUp(2.01, 1)).toBe(3);
    expect(stepsUp(25, 5)).toBe(25);
    expect(stepsUp(25.3, 5)).toBe(30);
    expect(stepsUp(100 * (2 / 3), 10)).toBe(70);
  });
});

/* --------------------------------------------------------------- properties */

/** Around AS_OF, some entries after it: a wide range (fading) and a dense one (incidents, patterns). */
const RANGES = [
  { min: '2024-01-01', max: '2025-09-30' },
  { min: '2025-01-01', max: '2025-07-31' },
] as const;

/** Random accounts, two per relation, with random ledgers (reversals included) read as of AS_OF. */
const organisationArb = fc
  .array(
    fc.record({
      ledger: fc.constantFrom(...RANGES).chain((range) => ledgerArb({ range, maxEntries: 15 })),
      importance: fc.integer({ min: 1, max: 5 }),
      cadenceDays: fc.integer({ min: 30, max: 365 }),
      startedDaysAgo: fc.integer({ min: 0, max: 900 }),
      recordedScope: fc.constantFrom(...SCOPES),
      phase: fc.constantFrom(...PHASES),
    }),
    { maxLength: 8 },
  )
  .map((rows) =>
    rows.map((row, i): SignalAccountInput => {
      const relation = Math.floor(i / 2);
      const prefix = `a${i}-`;
      const entries = row.ledger.map((e) => ({
        ...e,
        id: prefix + e.id,
        reverses: e.reverses === null ? null : prefix + e.reverses,
      }));
      return accountOf(entries, {
        accountId: `acc${i}`,
        relationId: `rel${relation}`,
        stakeholderId: `stk${relation}`,
        stakeholderName: `Stakeholder ${relation}`,
        direction: i % 2 === 0 ? 'received' : 'given',
        importance: row.importance,
        cadenceDays: row.cadenceDays,
        relationStartedOn: ago(row.startedDaysAgo),
        recordedScope: row.recordedScope,
        phase: row.phase,
      });
    }),
  );

describe('detectSignals, on random ledgers', () => {
  it('names as evidence only effective entries on or before asOf, of the accounts involved', () => {
    fc.assert(
      fc.property(organisationArb, (accounts) => {
        const counted = new Map<string, string>();
        for (const a of accounts) {
          for (const e of effectiveEntries(a.entries)) if (e.occurredOn <= AS_OF) counted.set(e.id, a.accountId);
        }
        for (const signal of detectSignals(accounts, AS_OF)) {
          for (const id of signal.evidence) {
            const owner = counted.get(id);
            expect(owner).toBeDefined();
            expect(signal.accountIds).toContain(owner);
          }
          expect(new Set(signal.evidence).size).toBe(signal.evidence.length);
        }
      }),
    );
  });

  it('is not moved by entries after asOf', () => {
    fc.assert(
      fc.property(organisationArb, fc.integer({ min: 1, max: 400 }), (accounts, later) => {
        const withFuture = accounts.map((a) =>
          accountOf([...a.entries, deposit(`${a.accountId}-future`, addDays(AS_OF, later), 'service', 5)], a),
        );
        expect(detectSignals(withFuture, AS_OF)).toEqual(detectSignals(accounts, AS_OF));
      }),
    );
  });

  it('gives well-formed signals with unique keys, a positive measure and the right importance', () => {
    fc.assert(
      fc.property(organisationArb, (accounts) => {
        const signals = detectSignals(accounts, AS_OF);
        expect(new Set(signals.map((s) => s.key)).size).toBe(signals.length);
        const byId = new Map(accounts.map((a) => [a.accountId, a]));
        for (const s of signals) {
          expect(s.key.startsWith(`${s.kind}:`)).toBe(true);
          expect(SEVERITIES).toContain(s.severity);
          expect(s.measure).toBeGreaterThan(0);
          expect(Number.isFinite(s.measure)).toBe(true);
          expect(s.accountIds.length).toBeGreaterThan(0);
          const involved = s.accountIds.map((id) => byId.get(id)?.importance ?? 0);
          expect(s.importance).toBe(Math.max(...involved));
          if (s.accountId !== null) expect(s.accountIds).toEqual([s.accountId]);
        }
      }),
    );
  });
});
