import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readAccount, readingOf, type AccountReading, type Reading } from './account-reading.ts';
import { addDays, type IsoDate } from './calendar.ts';
import { evidenceByFoundation } from './evidence.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { baseRateFor, DEFAULT_PARAMETERS, type Parameters } from './parameters.ts';
import { evidenceFromScaledSums } from './scaled-sums.ts';
import { DIMENSIONS, dimensionOf, STAKEHOLDER_CATEGORIES } from './vocabulary.ts';
import {
  deposit,
  depositAmountArb,
  entry,
  entryFactsArb,
  foundationArb,
  intentArb,
  isoDateArb,
  latestDate,
  ledgerWithAsOfArb,
  NEAR_FIRST,
  parametersArb,
  relativelyClose,
  replayIntoScaledSums,
  reversalOf,
  withdrawal,
  type EntryFacts,
} from './arbitraries.ts';

const P = DEFAULT_PARAMETERS;
const TODAY = '2025-06-01';

function batchReading(entries: readonly LedgerEntry[], asOf: IsoDate, parameters = P, baseRate = parameters.baseRate) {
  return readAccount(evidenceByFoundation(entries, asOf, parameters), asOf, parameters, baseRate);
}

function incrementalReading(entries: readonly LedgerEntry[], asOf: IsoDate, parameters = P, baseRate = parameters.baseRate) {
  const sums = replayIntoScaledSums(entries, parameters);
  return readAccount(evidenceFromScaledSums(sums, asOf, parameters), asOf, parameters, baseRate);
}

const FIGURES = ['r', 's', 'balance', 'belief', 'disbelief', 'uncertainty', 'trustLevel'] as const;

function expectReadingsClose(actual: AccountReading, expected: AccountReading): void {
  const parts: [string, Reading, Reading][] = [
    ['account', actual, expected],
    ...DIMENSIONS.map((d): [string, Reading, Reading] => [d, actual.legs[d], expected.legs[d]]),
  ];
  for (const [name, a, e] of parts) {
    for (const figure of FIGURES) {
      if (!relativelyClose(a[figure], e[figure])) expect.fail(`${name}.${figure}: ${a[figure]} ≠ ${e[figure]}`);
    }
  }
}

/** Reads both ways, checks they agree, returns the batch reading. */
function read(entries: readonly LedgerEntry[], asOf: IsoDate, baseRate = P.baseRate): AccountReading {
  const reading = batchReading(entries, asOf, P, baseRate);
  expectReadingsClose(incrementalReading(entries, asOf, P, baseRate), reading);
  return reading;
}

/** The trust level's distance from the base rate, on the 0–100 scale. */
function drift(reading: Reading, baseRate: number): number {
  return Math.abs(reading.trustLevel - 100 * baseRate);
}

/** Tolerance for comparisons that are exact in real arithmetic but may be off by a rounding. */
const ROUNDING = 1e-9;

describe('worked examples (docs/model.md), default parameters', () => {
  it('1. a single deposit of 3 today', () => {
    const x = read([deposit('a', TODAY, 'honesty', 3)], TODAY);
    expect(x.r).toBeCloseTo(3, 4);
    expect(x.s).toBeCloseTo(0, 4);
    expect(x.balance).toBeCloseTo(3, 4);
    expect(x.belief).toBeCloseTo(0.6, 4);
    expect(x.disbelief).toBeCloseTo(0, 4);
    expect(x.uncertainty).toBeCloseTo(0.4, 4);
    expect(x.trustLevel).toBeCloseTo(80, 4);
    expect(x.band).toBe('trust');
    expect(x.asOf).toBe(TODAY);
  });

  it('2. the same deposit one half-life (365 days) later', () => {
    const x = read([deposit('a', TODAY, 'honesty', 3)], '2026-06-01');
    expect(x.r).toBeCloseTo(1.5, 4);
    expect(x.belief).toBeCloseTo(0.4286, 4);
    expect(x.uncertainty).toBeCloseTo(0.5714, 4);
    expect(x.trustLevel).toBeCloseTo(71.4286, 4);
    expect(x.band).toBe('uncertain');
  });

  it('3. an unintentional withdrawal of −2 today', () => {
    const x = read([withdrawal('a', TODAY, 'fairness', 2, 'unintentional')], TODAY);
    expect(x.r).toBeCloseTo(0, 4);
    expect(x.s).toBeCloseTo(4.5, 4);
    expect(x.balance).toBeCloseTo(-4.5, 4);
    expect(x.disbelief).toBeCloseTo(0.6923, 4);
    expect(x.uncertainty).toBeCloseTo(0.3077, 4);
    expect(x.trustLevel).toBeCloseTo(15.3846, 4);
    expect(x.band).toBe('distrust');
  });

  it('4. an intentional withdrawal of −2 today', () => {
    const x = read([withdrawal('a', TODAY, 'fairness', 2, 'intentional')], TODAY);
    expect(x.s).toBeCloseTo(9, 4);
    expect(x.balance).toBeCloseTo(-9, 4);
    expect(x.disbelief).toBeCloseTo(0.8182, 4);
    expect(x.uncertainty).toBeCloseTo(0.1818, 4);
    expect(x.trustLevel).toBeCloseTo(9.0909, 4);
    expect(x.band).toBe('distrust');
  });

  it('5. a mix across two dimensions, with the legs of the tripod', () => {
    const x = read(
      [
        deposit('a', TODAY, 'competence', 4),
        deposit('b', '2024-06-01', 'service', 2), // 365 days old
        withdrawal('c', '2023-06-02', 'honesty', 1, 'unintentional'), // 730 days old
      ],
      TODAY,
    );
    expect(x.legs.professional.r).toBeCloseTo(5, 4); // 4 + 2/2
    expect(x.legs.professional.s).toBeCloseTo(0, 4);
    expect(x.legs.professional.uncertainty).toBeCloseTo(0.2857, 4);
    expect(x.legs.professional.trustLevel).toBeCloseTo(85.7143, 4);
    expect(x.legs.professional.band).toBe('trust');

    expect(x.legs.intentional.r).toBeCloseTo(0, 4);
    expect(x.legs.intentional.s).toBeCloseTo(1.125, 4); // 1 · 2.25 / 2
    expect(x.legs.intentional.balance).toBeCloseTo(-1.125, 4);
    expect(x.legs.intentional.disbelief).toBeCloseTo(0.36, 4);
    expect(x.legs.intentional.uncertainty).toBeCloseTo(0.64, 4);
    expect(x.legs.intentional.trustLevel).toBeCloseTo(32, 4);
    expect(x.legs.intentional.band).toBe('uncertain');

    expect(x.legs.contractual.trustLevel).toBeCloseTo(50, 4);
    expect(x.legs.contractual.uncertainty).toBeCloseTo(1, 4);
    expect(x.legs.contractual.band).toBe('uncertain');

    expect(x.r).toBeCloseTo(5, 4);
    expect(x.s).toBeCloseTo(1.125, 4);
    expect(x.balance).toBeCloseTo(3.875, 4);
    expect(x.belief).toBeCloseTo(0.6154, 4);
    expect(x.disbelief).toBeCloseTo(0.1385, 4);
    expect(x.uncertainty).toBeCloseTo(0.2462, 4);
    expect(x.trustLevel).toBeCloseTo(73.8462, 4);
    expect(x.band).toBe('trust');
  });

  it('6. an empty account sits at the base rate, fully uncertain', () => {
    const x = read([], TODAY);
    expect(x.r).toBe(0);
    expect(x.s).toBe(0);
    expect(x.balance).toBe(0);
    expect(x.uncertainty).toBeCloseTo(1, 4);
    expect(x.trustLevel).toBeCloseTo(50, 4);
    expect(x.band).toBe('uncertain');
    for (const d of DIMENSIONS) expect(x.legs[d].trustLevel).toBeCloseTo(50, 4);

    const suppliers: Parameters = { ...P, baseRateByCategory: { suppliers: 0.7 } };
    expect(baseRateFor(suppliers, 'suppliers')).toBe(0.7);
    expect(baseRateFor(suppliers, 'customers')).toBe(0.5);
    expect(read([], TODAY, baseRateFor(suppliers, 'suppliers')).trustLevel).toBeCloseTo(70, 4);
  });

  it('7. a reversal takes a mistaken withdrawal out entirely', () => {
    const a = deposit('a', '2000-12-31', 'honesty', 3);
    const b = withdrawal('b', '2000-12-31', 'fairness', 2, 'intentional');
    const x = reversalOf(b, 'x', '2001-03-01');

    // Running sums: 3 · 2^(365/365) = 6 and 9 · 2^(365/730) = 12.7279.
    const before = replayIntoScaledSums([a, b], P);
    expect(before.find((s) => s.foundation === 'honesty')?.scaledSum).toBeCloseTo(6, 4);
    expect(before.find((s) => s.foundation === 'fairness')?.scaledSum).toBeCloseTo(12.7279, 4);
    const after = replayIntoScaledSums([a, b, x], P);
    expect(after.find((s) => s.foundation === 'fairness')?.scaledSum).toBeCloseTo(0, 12);

    const withMistake = read([a, b], '2001-12-31');
    expect(withMistake.r).toBeCloseTo(1.5, 4);
    expect(withMistake.s).toBeCloseTo(6.364, 4);
    expect(withMistake.belief).toBeCloseTo(0.1521, 4);
    expect(withMistake.disbelief).toBeCloseTo(0.6452, 4);
    expect(withMistake.uncertainty).toBeCloseTo(0.2028, 4);
    expect(withMistake.trustLevel).toBeCloseTo(25.3448, 4);
    expect(withMistake.band).toBe('distrust');

    const corrected = read([a, b, x], '2001-12-31');
    expect(corrected.r).toBeCloseTo(1.5, 4);
    expect(corrected.s).toBeCloseTo(0, 4);
    expect(corrected.trustLevel).toBeCloseTo(71.4286, 4);
    expect(corrected).toEqual(read([a], '2001-12-31'));
  });

  it('8. a deposit and an equal unintentional withdrawal on the same day', () => {
    const x = read(
      [deposit('a', TODAY, 'honesty', 2), withdrawal('b', TODAY, 'honesty', 2, 'unintentional')],
      TODAY,
    );
    expect(x.r).toBeCloseTo(2, 4);
    expect(x.s).toBeCloseTo(4.5, 4);
    expect(x.balance).toBeCloseTo(-2.5, 4);
    expect(x.belief).toBeCloseTo(0.2353, 4);
    expect(x.disbelief).toBeCloseTo(0.5294, 4);
    expect(x.uncertainty).toBeCloseTo(0.2353, 4);
    expect(x.trustLevel).toBeCloseTo(35.2941, 4);
    expect(x.band).toBe('distrust');
  });

  it('9. harm fades slower than good: a mixed account can drift away from the base rate first', () => {
    const entries = [deposit('a', TODAY, 'competence', 5), withdrawal('b', TODAY, 'honesty', 2, 'unintentional')];
    const now = read(entries, TODAY);
    expect(now.r).toBeCloseTo(5, 4);
    expect(now.s).toBeCloseTo(4.5, 4);
    expect(now.trustLevel).toBeCloseTo(52.1739, 4);
    expect(now.band).toBe('neutral');

    const yearLater = read(entries, '2026-06-01');
    expect(yearLater.r).toBeCloseTo(2.5, 4);
    expect(yearLater.s).toBeCloseTo(3.182, 4);
    expect(yearLater.trustLevel).toBeCloseTo(45.5612, 4);
    expect(yearLater.band).toBe('distrust');
    expect(drift(yearLater, 0.5)).toBeGreaterThan(drift(now, 0.5));
  });
});

describe('readAccount', () => {
  it('gives the whole and each leg the same formulas', () => {
    const reading = readingOf({ r: 2, s: 1 }, P, 0.5);
    expect(reading).toEqual({
      r: 2,
      s: 1,
      balance: 1,
      belief: 0.4,
      disbelief: 0.2,
      uncertainty: 0.4,
      trustLevel: 60.00000000000001,
      band: 'trust',
    });
  });
});

describe('properties of the trust level', () => {
  it('0 < T < 100 strictly, for the account and every leg, in both forms', () => {
    fc.assert(
      fc.property(
        ledgerWithAsOfArb({ maxEntries: 60 }),
        parametersArb(),
        fc.constantFrom(...STAKEHOLDER_CATEGORIES),
        ({ entries, asOf }, parameters, category) => {
          const a = baseRateFor(parameters, category);
          for (const reading of [batchReading(entries, asOf, parameters, a), incrementalReading(entries, asOf, parameters, a)]) {
            for (const r of [reading, ...DIMENSIONS.map((d) => reading.legs[d])]) {
              expect(r.trustLevel).toBeGreaterThan(0);
              expect(r.trustLevel).toBeLessThan(100);
            }
          }
        },
      ),
    );
  });

  it('0 < T < 100 even at the extremes of the parameters', () => {
    const lots = (amount: number) =>
      Array.from({ length: 200 }, (_, i) =>
        amount > 0 ? deposit(`e${i}`, TODAY, 'result', amount) : withdrawal(`e${i}`, TODAY, 'result', amount, 'intentional'),
      );
    const trusting: Parameters = { ...P, priorWeight: 0.5, baseRate: 0.99 };
    const wary: Parameters = { ...P, priorWeight: 0.5, baseRate: 0.01, withdrawalWeight: 10, intentionalFactor: 10 };
    expect(batchReading(lots(5), TODAY, trusting).trustLevel).toBeLessThan(100);
    expect(batchReading(lots(-5), TODAY, wary).trustLevel).toBeGreaterThan(0);
  });

  it('appending a deposit never lowers T; appending a withdrawal never raises it', () => {
    const scenario = ledgerWithAsOfArb().chain(({ entries, asOf }) =>
      fc.record({
        entries: fc.constant(entries),
        asOf: fc.constant(asOf),
        added: entryFactsArb({ range: { min: NEAR_FIRST, max: asOf } }),
      }),
    );
    fc.assert(
      fc.property(scenario, parametersArb(), ({ entries, asOf, added }, parameters) => {
        const before = batchReading(entries, asOf, parameters);
        const after = batchReading([...entries, entry('added', added)], asOf, parameters);
        const leg = dimensionOf(added.foundation);
        if (added.amount > 0) {
          expect(after.trustLevel).toBeGreaterThanOrEqual(before.trustLevel - ROUNDING);
          expect(after.legs[leg].trustLevel).toBeGreaterThanOrEqual(before.legs[leg].trustLevel - ROUNDING);
        } else {
          expect(after.trustLevel).toBeLessThanOrEqual(before.trustLevel + ROUNDING);
          expect(after.legs[leg].trustLevel).toBeLessThanOrEqual(before.legs[leg].trustLevel + ROUNDING);
        }
      }),
    );
  });

  it('on an empty account, a deposit and an equal withdrawal on the same day leave T below the base rate', () => {
    fc.assert(
      fc.property(
        isoDateArb(),
        depositAmountArb,
        foundationArb,
        foundationArb,
        intentArb,
        fc.integer({ min: 0, max: 30 * 365 }),
        (day, size, depositOn, withdrawalOn, intent, later) => {
          const entries = [deposit('d', day, depositOn, size), withdrawal('w', day, withdrawalOn, size, intent)];
          for (const asOf of [day, addDays(day, later)]) {
            expect(batchReading(entries, asOf).trustLevel).toBeLessThan(100 * P.baseRate);
            expect(incrementalReading(entries, asOf).trustLevel).toBeLessThan(100 * P.baseRate);
          }
        },
      ),
    );
  });

  it('…and so for any parameters with a = 0.5, L > 1 and harm remembered at least as long as good', () => {
    const balanced = parametersArb().map((p) => ({
      ...p,
      baseRate: 0.5,
      withdrawalWeight: Math.max(p.withdrawalWeight, 1.01),
      withdrawalHalfLifeDays: Math.max(p.depositHalfLifeDays, p.withdrawalHalfLifeDays),
    }));
    fc.assert(
      fc.property(
        balanced,
        isoDateArb(),
        depositAmountArb,
        intentArb,
        // Kept to a few years: after dozens of 90-day half-lives T rounds to exactly 50.
        fc.integer({ min: 0, max: 3 * 365 }),
        (parameters, day, size, intent, later) => {
          const entries = [deposit('d', day, 'honesty', size), withdrawal('w', day, 'honesty', size, intent)];
          expect(batchReading(entries, addDays(day, later), parameters).trustLevel).toBeLessThan(50);
        },
      ),
    );
  });
});

describe('with no new entries, T returns to the base rate', () => {
  const laterDates = fc.integer({ min: 0, max: 10 * 365 }).chain((gap) =>
    fc.integer({ min: 1, max: 10 * 365 }).map((more) => ({ gap, more })),
  );

  function expectNoDriftAway(entries: readonly LedgerEntry[], asOf: IsoDate, parameters: Parameters, gap: number, more: number) {
    const t1 = addDays(asOf, gap);
    const t2 = addDays(t1, more);
    const a = parameters.baseRate;
    expect(drift(batchReading(entries, t2, parameters), a)).toBeLessThanOrEqual(
      drift(batchReading(entries, t1, parameters), a) + ROUNDING,
    );
  }

  it('monotonically, for an account that holds only deposits or only withdrawals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('deposit', 'withdrawal' as const).chain((kind) => ledgerWithAsOfArb({ kind })),
        parametersArb(),
        laterDates,
        ({ entries, asOf }, parameters, { gap, more }) => expectNoDriftAway(entries, asOf, parameters, gap, more),
      ),
    );
  });

  it('monotonically, for any account when deposits and withdrawals share one half-life', () => {
    const shared = parametersArb().map((p) => ({ ...p, withdrawalHalfLifeDays: p.depositHalfLifeDays }));
    fc.assert(
      fc.property(ledgerWithAsOfArb(), shared, laterDates, ({ entries, asOf }, parameters, { gap, more }) =>
        expectNoDriftAway(entries, asOf, parameters, gap, more),
      ),
    );
  });

  it('in the long run for any account, while uncertainty only grows', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb(), laterDates, ({ entries, asOf }, { gap, more }) => {
        const t1 = addDays(asOf, gap);
        const t2 = addDays(t1, more);
        expect(batchReading(entries, t2).uncertainty).toBeGreaterThanOrEqual(batchReading(entries, t1).uncertainty - ROUNDING);
        // 60 years on, withdrawals (half-life 2 years) keep less than 2^−30 of their weight.
        expect(drift(batchReading(entries, addDays(asOf, 60 * 365)), P.baseRate)).toBeLessThan(0.001);
      }),
    );
  });

  it('but not always monotonically: with defaults, a mixed account can move away first (example 9)', () => {
    // Recorded as a property of the model, not a defect: harm (H_wd = 730) outlasts good (H_dep = 365).
    const entries = [deposit('a', TODAY, 'competence', 5), withdrawal('b', TODAY, 'honesty', 2, 'unintentional')];
    const drifts = [0, 365, 730].map((days) => drift(batchReading(entries, addDays(TODAY, days)), 0.5));
    expect(drifts[1]).toBeGreaterThan(drifts[0] ?? Infinity);
    expect(drifts[2]).toBeGreaterThan(drifts[1] ?? Infinity);
  });
});

describe('reversing an entry restores the previous reading', () => {
  const scenario = fc.record({ ledger: ledgerWithAsOfArb(), added: entryFactsArb(), delay: fc.integer({ min: 0, max: 400 }) });

  function readOn(entries: readonly LedgerEntry[], asOf: IsoDate, added: EntryFacts): IsoDate {
    const latest = latestDate([...entries, entry('added', added)]) ?? asOf;
    return latest > asOf ? latest : asOf;
  }

  it('in the batch form, exactly', () => {
    fc.assert(
      fc.property(scenario, parametersArb(), ({ ledger: { entries, asOf }, added, delay }, parameters) => {
        const x = entry('added', added);
        const when = readOn(entries, asOf, added);
        const undone = [...entries, x, reversalOf(x, 'undo', addDays(added.occurredOn, delay))];
        expect(batchReading(undone, when, parameters)).toEqual(batchReading(entries, when, parameters));
        // and at every earlier date too, even before the reversal was recorded
        expect(batchReading(undone, added.occurredOn, parameters)).toEqual(
          batchReading(entries, added.occurredOn, parameters),
        );
      }),
    );
  });

  it('in the running-sum form, to rounding', () => {
    fc.assert(
      fc.property(scenario, parametersArb(), ({ ledger: { entries, asOf }, added, delay }, parameters) => {
        const x = entry('added', added);
        const when = readOn(entries, asOf, added);
        const undone = [...entries, x, reversalOf(x, 'undo', addDays(added.occurredOn, delay))];
        expectReadingsClose(incrementalReading(undone, when, parameters), incrementalReading(entries, when, parameters));
        expectReadingsClose(incrementalReading(undone, when, parameters), batchReading(entries, when, parameters));
      }),
    );
  });
});
