import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readAccount, type AccountReading, type Reading } from './account-reading.ts';
import { addDays, type IsoDate } from './calendar.ts';
import { evidenceByFoundation } from './evidence.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { bandOf } from './opinion.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import {
  BREACH_AMOUNT,
  BREACH_FALLBACK_DAYS,
  COGNITIVE_MAX_UNCERTAINTY,
  COGNITIVE_MIN_TRUST,
  inferPhase,
  MIN_EVIDENCE,
  phaseView,
  scopeRank,
  VALUE_BASED_MAX_INTENTIONAL_UNCERTAINTY,
  VALUE_BASED_MIN_AGE_DAYS,
  VALUE_BASED_MIN_INTENTIONAL_TRUST,
  VALUE_BASED_MIN_TRUST,
  YOUNG_RELATION_DAYS,
  type PhaseInput,
  type PhaseOverride,
} from './phase.ts';
import { PHASES, SCOPE_OF_PHASE, SCOPES, type Intent } from './vocabulary.ts';
import { deposit, ledgerWithAsOfArb, reversalOf, withdrawal } from './arbitraries.ts';

const AS_OF = '2025-06-01';
const P = DEFAULT_PARAMETERS;

interface Figures {
  trustLevel: number;
  uncertainty: number;
  /** r + s; split evenly, the opinion fields are only for completeness. */
  evidence: number;
}

function readingWith({ trustLevel, uncertainty, evidence }: Figures): Reading {
  return {
    r: evidence,
    s: 0,
    balance: evidence,
    belief: 1 - uncertainty,
    disbelief: 0,
    uncertainty,
    trustLevel,
    band: bandOf(trustLevel, uncertainty),
  };
}

/** A reading built by hand, so each rule can be pushed to its boundary alone. */
function accountWith(account: Partial<Figures> = {}, intentional: Partial<Figures> = {}): AccountReading {
  const strong: Figures = { trustLevel: 90, uncertainty: 0.1, evidence: 20 };
  const leg = readingWith({ ...strong, ...intentional });
  return {
    asOf: AS_OF,
    ...readingWith({ ...strong, ...account }),
    legs: { intentional: leg, professional: readingWith(strong), contractual: readingWith(strong) },
  };
}

/** Started long enough ago for every phase, with no breaches: value-based unless a figure says otherwise. */
function input(overrides: Partial<PhaseInput> = {}): PhaseInput {
  return { reading: accountWith(), relationStartedOn: '2020-01-01', asOf: AS_OF, entries: [], ...overrides };
}

function startedDaysAgo(days: number): IsoDate {
  return addDays(AS_OF, -days);
}

function breach(id: string, daysAgo: number, amount = -4, intent: Intent = 'intentional'): LedgerEntry {
  return withdrawal(id, addDays(AS_OF, -daysAgo), 'honesty', amount, intent);
}

const codes = (i: PhaseInput) => inferPhase(i).reasons.map((r) => r.code);

describe('inferPhase: the thresholds', () => {
  it('uses the thresholds of DESIGN.md', () => {
    expect(MIN_EVIDENCE).toBe(5);
    expect(YOUNG_RELATION_DAYS).toBe(90);
    expect(BREACH_AMOUNT).toBe(-4);
    expect(BREACH_FALLBACK_DAYS).toBe(180);
    expect(VALUE_BASED_MIN_TRUST).toBe(75);
    expect(VALUE_BASED_MIN_INTENTIONAL_TRUST).toBe(75);
    expect(VALUE_BASED_MAX_INTENTIONAL_UNCERTAINTY).toBe(0.3);
    expect(VALUE_BASED_MIN_AGE_DAYS).toBe(365);
    expect(COGNITIVE_MIN_TRUST).toBe(50);
    expect(COGNITIVE_MAX_UNCERTAINTY).toBe(0.4);
  });

  it('a strong, old relationship without breaches is value-based, scope relationship', () => {
    const x = inferPhase(input());
    expect(x.phase).toBe('value_based');
    expect(x.scope).toBe('relationship');
    expect(x.reasons.map((r) => r.code)).toEqual(['value_based_met']);
  });

  it('little evidence: r + s = 4.99 is calculative, 5 is not', () => {
    expect(codes(input({ reading: accountWith({ evidence: 4.99 }) }))).toEqual(['little_evidence']);
    expect(inferPhase(input({ reading: accountWith({ evidence: 4.99 }) })).scope).toBe('contract');
    expect(inferPhase(input({ reading: accountWith({ evidence: 5 }) })).phase).toBe('value_based');
  });

  it('young relation: 89 days old is calculative, 90 days is not', () => {
    const young = inferPhase(input({ relationStartedOn: startedDaysAgo(89) }));
    expect(young.phase).toBe('calculative');
    expect(young.reasons.map((r) => r.code)).toEqual(['young_relation']);
    expect(young.reasons[0]?.text.en).toMatch(/89 days/);
    expect(young.reasons[0]?.text.nl).toMatch(/89 dagen/);
    // 90 days: no longer calculative, too young for value-based → cognitive
    expect(inferPhase(input({ relationStartedOn: startedDaysAgo(90) })).phase).toBe('cognitive');
  });

  it('a relation that starts after asOf counts as young', () => {
    expect(codes(input({ relationStartedOn: addDays(AS_OF, 10) }))).toEqual(['young_relation']);
  });

  it('breach: an intentional −4 is calculative, −3 is not; −5 is too', () => {
    const x = inferPhase(input({ entries: [breach('b', 10, -4)] }));
    expect(x.phase).toBe('calculative');
    expect(x.reasons.map((r) => r.code)).toEqual(['recent_intentional_breach']);
    expect(x.reasons[0]?.evidence).toEqual(['b']);
    expect(inferPhase(input({ entries: [breach('b', 10, -5)] })).phase).toBe('calculative');
    expect(inferPhase(input({ entries: [breach('b', 10, -3)] })).phase).toBe('value_based');
  });

  it('breach: only intentional withdrawals count, not unintentional or unknown ones', () => {
    expect(inferPhase(input({ entries: [breach('b', 10, -5, 'unintentional')] })).phase).toBe('value_based');
    expect(inferPhase(input({ entries: [breach('b', 10, -5, 'unknown')] })).phase).toBe('value_based');
  });

  it('breach: 180 days old still counts, 181 days old no longer; a future entry does not count', () => {
    const at180 = inferPhase(input({ entries: [breach('b', 180)] }));
    expect(at180.phase).toBe('calculative');
    expect(at180.reasons[0]?.text.en).toMatch(new RegExp(`until ${AS_OF}`)); // 180 days after the breach
    expect(inferPhase(input({ entries: [breach('b', 181)] })).phase).toBe('value_based');
    expect(inferPhase(input({ entries: [breach('b', 0)] })).phase).toBe('calculative');
    expect(inferPhase(input({ entries: [breach('b', -1)] })).phase).toBe('value_based');
  });

  it('breach: lists every recent breach as evidence, names the latest', () => {
    const x = inferPhase(input({ entries: [breach('old', 200), breach('b1', 100), breach('b2', 20, -5), breach('small', 5, -3)] }));
    expect(x.reasons).toHaveLength(1);
    expect(x.reasons[0]?.evidence).toEqual(['b1', 'b2']);
    expect(x.reasons[0]?.text.en).toMatch(/^2 major intentional breaches/);
    expect(x.reasons[0]?.text.en).toContain(addDays(AS_OF, -20));
  });

  it('value-based: T 74.99 is cognitive, 75 value-based', () => {
    expect(inferPhase(input({ reading: accountWith({ trustLevel: 74.99 }) })).phase).toBe('cognitive');
    expect(inferPhase(input({ reading: accountWith({ trustLevel: 75 }) })).phase).toBe('value_based');
  });

  it('value-based: intentional leg T 74.99 is cognitive, 75 value-based', () => {
    expect(inferPhase(input({ reading: accountWith({}, { trustLevel: 74.99 }) })).phase).toBe('cognitive');
    expect(inferPhase(input({ reading: accountWith({}, { trustLevel: 75 }) })).phase).toBe('value_based');
  });

  it('value-based: intentional leg u 0.31 is cognitive, 0.3 value-based', () => {
    expect(inferPhase(input({ reading: accountWith({}, { uncertainty: 0.31 }) })).phase).toBe('cognitive');
    expect(inferPhase(input({ reading: accountWith({}, { uncertainty: 0.3 }) })).phase).toBe('value_based');
  });

  it('value-based: 364 days old is cognitive, 365 value-based', () => {
    const at364 = inferPhase(input({ relationStartedOn: startedDaysAgo(364) }));
    expect(at364.phase).toBe('cognitive');
    expect(at364.scope).toBe('need');
    expect(at364.reasons.map((r) => r.code)).toEqual(['cognitive_met']);
    expect(inferPhase(input({ relationStartedOn: startedDaysAgo(365) })).phase).toBe('value_based');
  });

  it('cognitive: T 49.99 is calculative (below_cognitive), 50 cognitive', () => {
    const low = inferPhase(input({ reading: accountWith({ trustLevel: 49.99 }) }));
    expect(low.phase).toBe('calculative');
    expect(low.scope).toBe('contract');
    expect(low.reasons.map((r) => r.code)).toEqual(['below_cognitive']);
    expect(low.reasons[0]?.text.en).toMatch(/below 50/);
    expect(inferPhase(input({ reading: accountWith({ trustLevel: 50 }) })).phase).toBe('cognitive');
  });

  it('cognitive: u 0.41 is calculative (below_cognitive), 0.4 cognitive', () => {
    const thin = inferPhase(input({ reading: accountWith({ uncertainty: 0.41, trustLevel: 60 }) }));
    expect(thin.phase).toBe('calculative');
    expect(thin.reasons.map((r) => r.code)).toEqual(['below_cognitive']);
    expect(thin.reasons[0]?.text.en).toMatch(/too thin/);
    expect(inferPhase(input({ reading: accountWith({ uncertainty: 0.4, trustLevel: 60 }) })).phase).toBe('cognitive');
  });

  it('value-based is checked on the intentional leg’s u, which in a real reading bounds the account’s u', () => {
    // Hand-built: the account's u 0.41 with an intentional leg at u 0.1 cannot come from a ledger (the
    // account holds at least the leg's evidence, so its u is at most the leg's), but the rule is explicit.
    expect(inferPhase(input({ reading: accountWith({ uncertainty: 0.41 }) })).phase).toBe('value_based');
  });

  it('lists every calculative reason that applies, in a fixed order', () => {
    const x = inferPhase(
      input({
        reading: accountWith({ evidence: 1 }),
        relationStartedOn: startedDaysAgo(30),
        entries: [breach('b', 3)],
      }),
    );
    expect(x.phase).toBe('calculative');
    expect(x.reasons.map((r) => r.code)).toEqual(['little_evidence', 'young_relation', 'recent_intentional_breach']);
    expect(x.reasons.map((r) => r.evidence)).toEqual([[], [], ['b']]);
  });

  it('every reason text exists in both languages', () => {
    const inputs = [
      input({ reading: accountWith({ evidence: 1 }), relationStartedOn: startedDaysAgo(1), entries: [breach('b', 3), breach('c', 4)] }),
      input({ entries: [breach('b', 3)] }),
      input(),
      input({ relationStartedOn: startedDaysAgo(100) }),
      input({ reading: accountWith({ trustLevel: 30 }) }),
      input({ reading: accountWith({ uncertainty: 0.6, trustLevel: 60 }) }),
    ];
    const texts = inputs.flatMap((i) => inferPhase(i).reasons.map((r) => r.text));
    expect(new Set(texts.map((t) => t.en)).size).toBe(texts.length);
    for (const t of texts) {
      expect(t.en.length).toBeGreaterThan(30);
      expect(t.nl.length).toBeGreaterThan(30);
      expect(t.nl).not.toBe(t.en);
      expect(t.nl).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
    }
    expect(texts.find((t) => t.en.includes('1 day old'))?.nl).toMatch(/1 dag\b/);
  });
});

describe('inferPhase from a real ledger', () => {
  const started = '2022-01-01';
  const strong: LedgerEntry[] = [
    ...(['authenticity', 'honesty', 'fairness', 'competence', 'result'] as const).map((f, i) =>
      deposit(`d${i}`, '2025-05-01', f, 5),
    ),
  ];

  function phaseOf(entries: readonly LedgerEntry[], asOf = AS_OF) {
    const reading = readAccount(evidenceByFoundation(entries, asOf, P), asOf, P, P.baseRate);
    return inferPhase({ reading, relationStartedOn: started, asOf, entries });
  }

  it('is value-based on plenty of good evidence', () => {
    expect(phaseOf(strong).phase).toBe('value_based');
  });

  it('falls back to calculative after a major intentional breach, and the reversal of the breach removes the fallback', () => {
    const b = withdrawal('b', '2025-05-20', 'fair_play', 4, 'intentional');
    // Many deposits so that T stays high even with the breach: the fallback is the breach rule's doing.
    const lots = [...strong, ...strong.map((e) => ({ ...e, id: `${e.id}x` })), ...strong.map((e) => ({ ...e, id: `${e.id}y` }))];
    const withBreach = phaseOf([...lots, b]);
    expect(withBreach.phase).toBe('calculative');
    expect(withBreach.reasons.map((r) => r.code)).toEqual(['recent_intentional_breach']);

    const corrected = phaseOf([...lots, b, reversalOf(b, 'x', '2025-05-25')]);
    expect(corrected.phase).toBe('value_based');
    expect(corrected.reasons.map((r) => r.code)).not.toContain('recent_intentional_breach');
  });

  it('a reversing entry is never taken for a breach itself', () => {
    // reversing a deposit of 5 writes an amount of −5 (intent unknown in the builder): still no breach
    const d = deposit('d', '2025-05-30', 'honesty', 5);
    const r: LedgerEntry = { ...reversalOf(d, 'x', '2025-05-31'), intent: 'intentional' };
    expect(phaseOf([...strong, d, r]).reasons.map((x) => x.code)).not.toContain('recent_intentional_breach');
  });

  it('always gives at least one reason, and the scope of its phase', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb({ reversals: true }), fc.integer({ min: -30, max: 2000 }), ({ entries, asOf }, age) => {
        const reading = readAccount(evidenceByFoundation(entries, asOf, P), asOf, P, P.baseRate);
        const x = inferPhase({ reading, relationStartedOn: addDays(asOf, -age), asOf, entries });
        expect(x.reasons.length).toBeGreaterThan(0);
        expect(x.scope).toBe(SCOPE_OF_PHASE[x.phase]);
        const calculativeCodes = ['little_evidence', 'young_relation', 'recent_intentional_breach', 'below_cognitive'];
        for (const r of x.reasons) expect(calculativeCodes.includes(r.code)).toBe(x.phase === 'calculative');
      }),
    );
  });
});

describe('the example of docs/model.md (Phase and scope)', () => {
  const asOf = '2025-06-01';
  const good = (['authenticity', 'honesty', 'fairness', 'competence'] as const).map((f, i) => deposit(`d${i}`, asOf, f, 5));
  const breachOf = (intent: Intent) => withdrawal('w', '2025-05-01', 'honesty', 4, intent);

  function example(entries: readonly LedgerEntry[]) {
    const reading = readAccount(evidenceByFoundation(entries, asOf, P), asOf, P, P.baseRate);
    return { reading, phase: inferPhase({ reading, relationStartedOn: '2024-01-01', asOf, entries }) };
  }

  it('is value-based on four fresh deposits of 5', () => {
    const { reading, phase } = example(good);
    expect(reading.trustLevel).toBeCloseTo(95.4545, 4);
    expect(reading.uncertainty).toBeCloseTo(0.0909, 4);
    expect(reading.legs.intentional.trustLevel).toBeCloseTo(94.1176, 4);
    expect(reading.legs.intentional.uncertainty).toBeCloseTo(0.1176, 4);
    expect(phase).toMatchObject({ phase: 'value_based', scope: 'relationship' });
  });

  it('falls back to calculative after an intentional −4, though its figures say cognitive', () => {
    const { reading, phase } = example([...good, breachOf('intentional')]);
    expect(reading.s).toBeCloseTo(17.4779, 4);
    expect(reading.trustLevel).toBeCloseTo(53.1943, 4);
    expect(reading.uncertainty).toBeCloseTo(0.0507, 4);
    expect(reading.legs.intentional.trustLevel).toBeCloseTo(46.4066, 4);
    expect(phase.phase).toBe('calculative');
    expect(phase.reasons.map((r) => [r.code, r.evidence])).toEqual([['recent_intentional_breach', ['w']]]);
  });

  it('is cognitive when the same withdrawal was unintentional', () => {
    const { reading, phase } = example([...good, breachOf('unintentional')]);
    expect(reading.s).toBeCloseTo(8.7389, 4);
    expect(reading.trustLevel).toBeCloseTo(68.3172, 4);
    expect(reading.uncertainty).toBeCloseTo(0.0651, 4);
    expect(reading.legs.intentional.trustLevel).toBeCloseTo(62.1626, 4);
    expect(phase.phase).toBe('cognitive');
  });
});

describe('phaseView', () => {
  const inferred = inferPhase(input({ relationStartedOn: startedDaysAgo(100) })); // cognitive

  it('uses the inferred phase when there is no override', () => {
    expect(phaseView(inferred, null)).toEqual({
      inferred,
      override: null,
      phase: 'cognitive',
      scope: 'need',
      source: 'inferred',
    });
  });

  it('keeps the override beside the inferred phase', () => {
    const override: PhaseOverride = { phase: 'value_based', reason: 'Family ties for three generations', setAt: '2025-05-31T10:00:00.000Z' };
    const view = phaseView(inferred, override);
    expect(view.phase).toBe('value_based');
    expect(view.scope).toBe('relationship');
    expect(view.source).toBe('override');
    expect(view.override).toBe(override);
    expect(view.inferred).toBe(inferred);
    expect(view.inferred.phase).toBe('cognitive');
  });

  it('an override equal to the inferred phase is still an override', () => {
    expect(phaseView(inferred, { phase: 'cognitive', reason: 'confirmed', setAt: '2025-06-01T00:00:00Z' }).source).toBe('override');
  });
});

describe('scopeRank', () => {
  it('orders contract < need < relationship, as the phases grow', () => {
    expect(SCOPES.map(scopeRank)).toEqual([0, 1, 2]);
    expect(PHASES.map((p) => scopeRank(SCOPE_OF_PHASE[p]))).toEqual([0, 1, 2]);
  });
});
