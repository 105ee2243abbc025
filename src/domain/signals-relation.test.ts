import { describe, it, expect } from 'vitest';
import { deposit, reversalOf, withdrawal } from './arbitraries.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { AS_OF, accountOf, ago, ofKind, only, readingOf, type AccountSpec } from './signal-fixtures.ts';
import { detectSignals } from './signals.ts';

function relation(received: readonly LedgerEntry[], given: readonly LedgerEntry[], spec: AccountSpec = {}) {
  return [accountOf(received, { ...spec, direction: 'received' }), accountOf(given, { ...spec, direction: 'given' })];
}

describe('reciprocity_gap', () => {
  // T = 75 with u = 0.5 exactly (not uncertain), and T = 50 with u = 0.1: a gap of exactly 25.
  const seventyFive = [deposit('r1', AS_OF, 'honesty', 2)];
  const fifty = [
    deposit('g1', AS_OF, 'competence', 5),
    deposit('g2', AS_OF, 'service', 4),
    withdrawal('g3', AS_OF, 'result', 2, 'intentional'),
  ];

  it('is raised at a gap of 25, keyed by relation, spanning both accounts', () => {
    expect(readingOf(seventyFive).trustLevel).toBe(75);
    expect(readingOf(fifty).trustLevel).toBe(50);
    const signal = only(detectSignals(relation(seventyFive, fifty), AS_OF), 'reciprocity_gap');
    expect(signal).toMatchObject({
      key: 'reciprocity_gap:rel-acme',
      severity: 'medium',
      measure: 25,
      stakeholderId: 'stk-acme',
      relationId: 'rel-acme',
      accountId: null,
      accountIds: ['acme-received', 'acme-given'],
      evidence: [],
      facts: { gap: 25, received: 75, given: 50, higher: 'received' },
    });
    expect(signal.title.en).toBe('Acme: trust runs one way (a gap of 25 points)');
  });

  it('is not raised at a gap of 24.96', () => {
    const received = [
      deposit('r1', AS_OF, 'honesty', 3),
      withdrawal('r2', AS_OF, 'result', 1, 'unintentional'),
      withdrawal('r3', AS_OF, 'service', 1, 'unintentional'),
    ]; // T = 4 / 9.5
    const given = [
      deposit('g1', AS_OF, 'honesty', 2),
      ...[1, 2, 3, 4].map((i) => withdrawal(`g${i + 1}`, AS_OF, 'result', 1, 'unintentional')),
      withdrawal('g6', AS_OF, 'service', 2, 'unintentional'),
    ]; // T = 3 / 17.5
    const gap = readingOf(received).trustLevel - readingOf(given).trustLevel;
    expect(gap).toBeGreaterThan(24.9);
    expect(gap).toBeLessThan(25);
    expect(ofKind(detectSignals(relation(received, given), AS_OF), 'reciprocity_gap')).toEqual([]);
  });

  it('says which side is higher, with an action for each', () => {
    const theyTrustUsMore = only(detectSignals(relation(seventyFive, fifty), AS_OF), 'reciprocity_gap');
    const weTrustThemMore = only(detectSignals(relation(fifty, seventyFive), AS_OF), 'reciprocity_gap');
    expect(weTrustThemMore.facts).toMatchObject({ received: 50, given: 75, higher: 'given' });
    expect(weTrustThemMore.key).toBe(theyTrustUsMore.key);
    expect(weTrustThemMore.action.en).not.toBe(theyTrustUsMore.action.en);
    expect(weTrustThemMore.action.nl).not.toBe(theyTrustUsMore.action.nl);
  });

  it('is high from 40, its measure the gap in steps of 5', () => {
    const high = [deposit('r', AS_OF, 'honesty', 5)]; // 85.7
    const low = [withdrawal('g', AS_OF, 'honesty', 2, 'unintentional')]; // 15.4
    expect(only(detectSignals(relation(high, low), AS_OF), 'reciprocity_gap')).toMatchObject({
      severity: 'high',
      measure: 75,
      facts: { gap: 70.3 },
    });
  });

  it('is not raised while either account is uncertain, or when one account is missing', () => {
    const uncertain = [deposit('r', AS_OF, 'honesty', 1)]; // T 66.7, u 0.67
    const low = [withdrawal('g', AS_OF, 'honesty', 2, 'intentional')]; // T 9.1
    expect(ofKind(detectSignals(relation(uncertain, low), AS_OF), 'reciprocity_gap')).toEqual([]);
    expect(ofKind(detectSignals(relation(low, uncertain), AS_OF), 'reciprocity_gap')).toEqual([]);
    const [received] = relation(seventyFive, fifty);
    expect(ofKind(detectSignals(received ? [received] : [], AS_OF), 'reciprocity_gap')).toEqual([]);
  });
});

describe('fading', () => {
  const old = deposit('d', ago(100), 'service', 3);

  it('is raised when nothing was recorded for longer than the cadence while good will decays', () => {
    const signal = only(detectSignals([accountOf([old])], AS_OF), 'fading');
    expect(signal).toMatchObject({
      key: 'fading:acme-received',
      severity: 'medium',
      measure: 1,
      accountId: 'acme-received',
      evidence: ['d'],
      facts: { direction: 'received', days: 100, cadenceDays: 90, since: ago(100) },
    });
  });

  it('is not raised at exactly the cadence, nor when the account holds no more for than against', () => {
    expect(ofKind(detectSignals([accountOf([deposit('d', ago(90), 'service', 3)])], AS_OF), 'fading')).toEqual([]);
    const harm = [withdrawal('w', ago(100), 'honesty', 2, 'unintentional')];
    expect(ofKind(detectSignals([accountOf(harm)], AS_OF), 'fading')).toEqual([]);
    const mixed = [deposit('d', ago(200), 'service', 2), withdrawal('w', ago(100), 'honesty', 1, 'unintentional')];
    expect(readingOf(mixed).r).toBeLessThan(readingOf(mixed).s);
    expect(ofKind(detectSignals([accountOf(mixed)], AS_OF), 'fading')).toEqual([]);
  });

  it('measures whole cadence periods missed; high from 3', () => {
    const measureAt = (days: number, cadenceDays = 90) =>
      ofKind(detectSignals([accountOf([deposit('d', ago(days), 'service', 5)], { cadenceDays })], AS_OF), 'fading').map(
        (s) => [s.measure, s.severity],
      );
    expect(measureAt(91)).toEqual([[1, 'medium']]);
    expect(measureAt(179)).toEqual([[1, 'medium']]);
    expect(measureAt(180)).toEqual([[2, 'medium']]);
    expect(measureAt(270)).toEqual([[3, 'high']]);
    expect(measureAt(100, 30)).toEqual([[3, 'high']]);
  });

  it('counts from the last effective entry up to asOf: reversed and later entries do not count', () => {
    const recent = deposit('b', ago(10), 'service', 1);
    const ledger = [deposit('a', ago(200), 'service', 4), recent, reversalOf(recent, 'x', ago(5)), deposit('c', ago(-10), 'result', 2)];
    expect(only(detectSignals([accountOf(ledger)], AS_OF), 'fading')).toMatchObject({
      measure: 2,
      evidence: ['a'],
      facts: { days: 200 },
    });
  });

  it('raises one low signal for a relation never maintained, older than its cadence', () => {
    const started = { relationStartedOn: ago(91) };
    const signal = only(detectSignals(relation([], [], started), AS_OF), 'fading');
    expect(signal).toMatchObject({
      key: 'fading:relation:rel-acme',
      severity: 'low',
      measure: 1,
      stakeholderId: 'stk-acme',
      relationId: 'rel-acme',
      accountId: null,
      accountIds: ['acme-received', 'acme-given'],
      evidence: [],
      facts: { days: 91, cadenceDays: 90, since: ago(91) },
    });
    expect(signal.title.en).toContain('Acme');
    expect(ofKind(detectSignals(relation([], [], { relationStartedOn: ago(90) }), AS_OF), 'fading')).toEqual([]);
  });

  it('treats a relation with only reversed or future entries as never maintained', () => {
    const wrong = deposit('a', ago(30), 'service', 2);
    const signals = detectSignals(
      relation([wrong, reversalOf(wrong, 'x', ago(20))], [deposit('f', ago(-1), 'service', 1)], { relationStartedOn: ago(400) }),
      AS_OF,
    );
    expect(ofKind(signals, 'fading').map((s) => [s.key, s.measure])).toEqual([['fading:relation:rel-acme', 4]]);
  });

  it('judges each account on its own once the relation has entries', () => {
    const signals = detectSignals(relation([old], [], { relationStartedOn: ago(400) }), AS_OF);
    expect(ofKind(signals, 'fading').map((s) => s.key)).toEqual(['fading:acme-received']);
  });
});
