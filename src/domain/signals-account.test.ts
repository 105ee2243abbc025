import { describe, it, expect } from 'vitest';
import { deposit, reversalOf, withdrawal } from './arbitraries.ts';
import { AS_OF, accountOf, ago, ofKind, only, readingOf } from './signal-fixtures.ts';
import { detectSignals } from './signals.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import type { Phase, Scope } from './vocabulary.ts';

function detect(entries: readonly LedgerEntry[], spec: Parameters<typeof accountOf>[1] = {}) {
  return detectSignals([accountOf(entries, spec)], spec.asOf ?? AS_OF);
}

describe('negative_balance', () => {
  const d1 = deposit('d1', ago(30), 'service', 1);
  const w1 = withdrawal('w1', ago(10), 'honesty', 1, 'unintentional');
  const w2 = withdrawal('w2', ago(20), 'result', 2, 'unintentional');
  const w3 = withdrawal('w3', ago(5), 'fairness', 3, 'intentional');
  const x3 = reversalOf(w3, 'x3', ago(2));
  const w4 = withdrawal('w4', ago(-5), 'honesty', 5, 'intentional'); // after asOf
  const ledger = [d1, w1, w2, w3, x3, w4];

  it('is raised below 0, with every effective withdrawal up to asOf as evidence, oldest first', () => {
    const reading = readingOf(ledger);
    expect(reading.balance).toBeLessThan(-5);
    const signal = only(detect(ledger), 'negative_balance');
    expect(signal).toMatchObject({
      key: 'negative_balance:acme-received',
      severity: 'high',
      measure: Math.ceil(-reading.balance),
      stakeholderId: 'stk-acme',
      relationId: 'rel-acme',
      accountId: 'acme-received',
      accountIds: ['acme-received'],
      importance: 3,
      foundation: null,
      dimension: null,
      evidence: ['w2', 'w1'],
    });
    expect(signal.measure).toBe(6);
    expect(signal.facts).toEqual({
      direction: 'received',
      balance: Math.round(reading.balance * 100) / 100,
      trustLevel: Math.round(reading.trustLevel * 10) / 10,
    });
    expect(signal.title.en).toContain('Acme');
    expect(signal.title.nl).toContain('Acme');
  });

  it('is medium in distrust above −5, low while the account is uncertain', () => {
    const medium = only(detect([withdrawal('w', AS_OF, 'honesty', 2, 'unintentional')]), 'negative_balance');
    expect(medium).toMatchObject({ severity: 'medium', measure: 5, evidence: ['w'] }); // balance −4.5
    const faded = [withdrawal('w', ago(800), 'honesty', 1, 'unintentional')];
    expect(readingOf(faded).band).toBe('uncertain');
    expect(only(detect(faded), 'negative_balance')).toMatchObject({ severity: 'low', measure: 2 }); // −1.06
  });

  it('is not raised at a balance of exactly 0', () => {
    const even = [
      deposit('a', AS_OF, 'honesty', 5),
      deposit('b', AS_OF, 'service', 4),
      withdrawal('c', AS_OF, 'result', 4, 'unintentional'),
    ];
    expect(readingOf(even).balance).toBe(0);
    expect(ofKind(detect(even), 'negative_balance')).toEqual([]);
    const tipped = [...even, withdrawal('d', AS_OF, 'result', 1, 'unintentional')];
    expect(only(detect(tipped), 'negative_balance').evidence).toEqual(['c', 'd']);
  });

  it('says what to do per direction', () => {
    const w = [withdrawal('w', AS_OF, 'honesty', 2, 'unintentional')];
    const received = only(detect(w), 'negative_balance');
    const given = only(detect(w, { direction: 'given' }), 'negative_balance');
    expect(given.key).toBe('negative_balance:acme-given');
    expect(given.action.en).not.toBe(received.action.en);
    expect(given.action.nl).not.toBe(received.action.nl);
  });
});

describe('weak_leg', () => {
  it('is raised for a known leg below 50, with that dimension’s withdrawals as evidence', () => {
    const ledger = [
      deposit('d', AS_OF, 'honesty', 2),
      withdrawal('w', AS_OF, 'fairness', 1, 'unintentional'),
      withdrawal('r', ago(3), 'result', 1, 'unintentional'), // contractual: not this leg's evidence
      deposit('r2', AS_OF, 'transparency', 3),
    ];
    const reading = readingOf(ledger);
    expect(reading.legs.intentional.trustLevel).toBeCloseTo(48, 9); // (2 + 1) / 6.25
    const signal = only(detect(ledger), 'weak_leg');
    expect(signal).toMatchObject({
      key: 'weak_leg:acme-received:intentional',
      severity: 'medium',
      measure: 5,
      dimension: 'intentional',
      foundation: null,
      evidence: ['w'],
      facts: { direction: 'received', trustLevel: 48, uncertainty: 0.32, balance: -0.25 },
    });
  });

  it('is high below 35, its measure 50 − T in steps of 5', () => {
    const signal = only(detect([withdrawal('w', AS_OF, 'competence', 2, 'intentional')]), 'weak_leg');
    expect(signal).toMatchObject({ key: 'weak_leg:acme-received:professional', severity: 'high', measure: 45 }); // T 9.09
  });

  it('is not raised at exactly 50, nor for a leg that is unknown rather than weak', () => {
    const even = [
      deposit('a', AS_OF, 'honesty', 5),
      deposit('b', AS_OF, 'authenticity', 4),
      withdrawal('c', AS_OF, 'fairness', 4, 'unintentional'),
    ];
    expect(readingOf(even).legs.intentional.trustLevel).toBe(50);
    expect(ofKind(detect(even), 'weak_leg')).toEqual([]);
    const faded = [withdrawal('w', ago(800), 'honesty', 1, 'unintentional')];
    expect(readingOf(faded).legs.intentional.trustLevel).toBeLessThan(50);
    expect(ofKind(detect(faded), 'weak_leg')).toEqual([]);
  });

  it('leaves reversed withdrawals out of the evidence', () => {
    const w2 = withdrawal('w2', ago(10), 'fairness', 2, 'unintentional');
    const ledger = [withdrawal('w1', AS_OF, 'honesty', 1, 'unintentional'), w2, reversalOf(w2, 'x2', ago(1))];
    expect(only(detect(ledger), 'weak_leg').evidence).toEqual(['w1']);
  });

  it('gives one signal per weak leg, with actions per dimension and direction', () => {
    const ledger = [
      withdrawal('a', AS_OF, 'honesty', 1, 'unintentional'),
      withdrawal('b', AS_OF, 'service', 1, 'unintentional'),
      withdrawal('c', AS_OF, 'result', 1, 'unintentional'),
    ];
    for (const direction of ['received', 'given'] as const) {
      const weak = ofKind(detect(ledger, { direction }), 'weak_leg');
      // detectSignals orders by kind, then key
      expect(weak.map((s) => s.dimension)).toEqual(['contractual', 'intentional', 'professional']);
      expect(weak.map((s) => s.evidence)).toEqual([['c'], ['a'], ['b']]);
      expect(new Set(weak.map((s) => s.action.en)).size).toBe(3);
      expect(new Set(weak.map((s) => s.action.nl)).size).toBe(3);
    }
  });
});

describe('unknown_leg', () => {
  it('is raised for each empty leg of an account that has a verdict, severity low', () => {
    const signals = ofKind(detect([deposit('d', AS_OF, 'competence', 3)]), 'unknown_leg');
    expect(signals.map((s) => [s.key, s.dimension, s.severity, s.measure, s.evidence])).toEqual([
      ['unknown_leg:acme-received:contractual', 'contractual', 'low', 100, []],
      ['unknown_leg:acme-received:intentional', 'intentional', 'low', 100, []],
    ]);
  });

  it('names the leg’s few entries, and its measure is the uncertainty in steps of 10 %', () => {
    const ledger = [deposit('d', AS_OF, 'competence', 3), deposit('h', AS_OF, 'honesty', 1)];
    const intentional = ofKind(detect(ledger), 'unknown_leg').find((s) => s.dimension === 'intentional');
    expect(intentional).toMatchObject({ measure: 70, evidence: ['h'], facts: { uncertainty: 0.67 } }); // u = 2/3
  });

  it('is not raised while the account itself is uncertain; it is at u = 0.5 exactly', () => {
    expect(ofKind(detect([deposit('d', AS_OF, 'competence', 1)]), 'unknown_leg')).toEqual([]); // u = 2/3
    const half = [deposit('d', AS_OF, 'competence', 2)];
    expect(readingOf(half).uncertainty).toBe(0.5);
    expect(ofKind(detect(half), 'unknown_leg').map((s) => s.dimension)).toEqual(['contractual', 'intentional']);
  });
});

describe('small_incidents', () => {
  const a = withdrawal('a', ago(90), 'honesty', 1, 'unintentional');
  const b = withdrawal('b', ago(45), 'result', 2, 'intentional');
  const c = withdrawal('c', AS_OF, 'service', 1, 'unknown');

  it('is raised by 3 withdrawals of −1 or −2 within 90 days (inclusive), evidence oldest first', () => {
    const signal = only(detect([c, a, b]), 'small_incidents');
    expect(signal).toMatchObject({
      key: 'small_incidents:acme-received',
      severity: 'medium',
      measure: 3,
      evidence: ['a', 'b', 'c'],
      facts: { direction: 'received', count: 3, windowDays: 90 },
    });
    expect(signal.title.en).toBe('Acme: 3 small incidents in 90 days');
    expect(signal.title.nl).toBe('Acme: 3 kleine incidenten in 90 dagen');
  });

  it('is not raised just below the threshold', () => {
    const old = withdrawal('a', ago(91), 'honesty', 1, 'unintentional');
    const big = withdrawal('a', ago(10), 'honesty', 3, 'unintentional');
    const later = withdrawal('a', ago(-1), 'honesty', 1, 'unintentional');
    const cases: LedgerEntry[][] = [
      [b, c], // two
      [old, b, c], // one 91 days old
      [big, b, c], // a −3 among them
      [later, b, c], // one after asOf
      [a, b, c, reversalOf(a, 'x')], // one reversed
    ];
    for (const ledger of cases) expect(ofKind(detect(ledger), 'small_incidents')).toEqual([]);
  });

  it('is high from 5, and counts each incident it names', () => {
    const five = [a, b, c, withdrawal('d', ago(1), 'learning', 2, 'unknown'), withdrawal('e', ago(2), 'honesty', 1, 'unknown')];
    expect(only(detect(five), 'small_incidents')).toMatchObject({ severity: 'high', measure: 5, evidence: ['a', 'b', 'e', 'd', 'c'] });
  });
});

describe('recurring_foundation', () => {
  const a = withdrawal('a', ago(365), 'honesty', 3, 'unintentional');
  const b = withdrawal('b', ago(10), 'honesty', 1, 'unknown');

  it('is raised by 2 withdrawals on one foundation within 365 days (inclusive)', () => {
    expect(only(detect([b, a]), 'recurring_foundation')).toMatchObject({
      key: 'recurring_foundation:acme-received:honesty',
      severity: 'medium',
      measure: 2,
      foundation: 'honesty',
      dimension: 'intentional',
      evidence: ['a', 'b'],
      facts: { direction: 'received', count: 2, intentional: 0, windowDays: 365 },
    });
  });

  it('is not raised just below the threshold', () => {
    const cases: LedgerEntry[][] = [
      [withdrawal('a', ago(366), 'honesty', 3, 'unintentional'), b], // one 366 days old
      [withdrawal('a', ago(20), 'fairness', 3, 'unintentional'), b], // same dimension, other foundation
      [a, b, reversalOf(a, 'x', AS_OF)], // one reversed
      [a, withdrawal('b', ago(-3), 'honesty', 1, 'unknown')], // one after asOf
    ];
    for (const ledger of cases) expect(ofKind(detect(ledger), 'recurring_foundation')).toEqual([]);
  });

  it('is high when one was intentional or from 4, one signal per foundation', () => {
    const intentional = [a, withdrawal('b', ago(10), 'honesty', 1, 'intentional')];
    expect(only(detect(intentional), 'recurring_foundation')).toMatchObject({ severity: 'high', facts: { intentional: 1 } });
    const ledger = [
      a,
      b,
      withdrawal('c', ago(5), 'honesty', 1, 'unknown'),
      withdrawal('d', ago(4), 'honesty', 1, 'unknown'),
      withdrawal('e', ago(3), 'result', 1, 'unknown'),
      withdrawal('f', ago(2), 'result', 1, 'unknown'),
    ];
    const signals = ofKind(detect(ledger), 'recurring_foundation');
    expect(signals.map((s) => [s.foundation, s.severity, s.measure, s.evidence])).toEqual([
      ['honesty', 'high', 4, ['a', 'b', 'c', 'd']],
      ['result', 'medium', 2, ['e', 'f']],
    ]);
  });
});

describe('scope_ahead_of_phase', () => {
  function scopeSignals(recordedScope: Scope, phase: Phase, direction: 'received' | 'given' = 'received') {
    return ofKind(detect([deposit('d', AS_OF, 'honesty', 1)], { recordedScope, phase, direction }), 'scope_ahead_of_phase');
  }

  it('is raised on the received account when the recorded scope is beyond what the phase carries', () => {
    expect(scopeSignals('relationship', 'calculative')).toMatchObject([
      {
        key: 'scope_ahead_of_phase:rel-acme',
        severity: 'high',
        measure: 2,
        accountId: 'acme-received',
        relationId: 'rel-acme',
        evidence: [],
        facts: { recordedScope: 'relationship', phase: 'calculative', carriedScope: 'contract', rankDifference: 2 },
      },
    ]);
    expect(scopeSignals('need', 'calculative')).toMatchObject([{ severity: 'medium', measure: 1 }]);
    expect(scopeSignals('relationship', 'cognitive')).toMatchObject([{ severity: 'medium', measure: 1 }]);
  });

  it('is not raised when the phase carries the scope, nor on the given account', () => {
    expect(scopeSignals('need', 'cognitive')).toEqual([]);
    expect(scopeSignals('relationship', 'value_based')).toEqual([]);
    expect(scopeSignals('contract', 'value_based')).toEqual([]);
    expect(scopeSignals('contract', 'calculative')).toEqual([]);
    expect(scopeSignals('relationship', 'calculative', 'given')).toEqual([]);
  });
});
