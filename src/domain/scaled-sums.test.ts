import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from './calendar.ts';
import { evidenceByFoundation, type FoundationEvidence } from './evidence.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { DEFAULT_PARAMETERS, type Parameters } from './parameters.ts';
import {
  accumulate,
  evidenceFromScaledSums,
  latestOccurredOn,
  reversalContribution,
  SCALE_EPOCH,
  scaledContribution,
} from './scaled-sums.ts';
import { FOUNDATIONS } from './vocabulary.ts';
import {
  deposit,
  entry,
  entryFactsArb,
  FULL_RANGE,
  ledgerWithAsOfArb,
  parametersArb,
  relativelyClose,
  replayIntoScaledSums,
  reversalOf,
  withdrawal,
} from './arbitraries.ts';

const P = DEFAULT_PARAMETERS;

function expectSameEvidence(actual: FoundationEvidence, expected: FoundationEvidence): void {
  for (const f of FOUNDATIONS) {
    const { r, s } = actual[f];
    if (!relativelyClose(r, expected[f].r) || !relativelyClose(s, expected[f].s)) {
      expect.fail(`${f}: running sums give r=${r} s=${s}, batch gives r=${expected[f].r} s=${expected[f].s}`);
    }
  }
}

function incremental(entries: readonly LedgerEntry[], asOf: string, parameters: Parameters): FoundationEvidence {
  return evidenceFromScaledSums(replayIntoScaledSums(entries, parameters), asOf, parameters);
}

describe('scaledContribution', () => {
  it('scales an entry to the epoch: on the epoch itself the scaled weight is the weight', () => {
    const c = scaledContribution(deposit('a', SCALE_EPOCH, 'honesty', 3), P);
    expect(c).toEqual({ foundation: 'honesty', sign: 'deposit', scaledWeight: 3, occurredOn: SCALE_EPOCH });
  });

  it('doubles the weight for every half-life after the epoch (and halves it before)', () => {
    // 2000-12-31 is 365 days after the epoch: one deposit half-life, half a withdrawal half-life.
    expect(scaledContribution(deposit('a', '2000-12-31', 'honesty', 3), P).scaledWeight).toBeCloseTo(6, 12);
    const w = scaledContribution(withdrawal('b', '2000-12-31', 'fairness', 2, 'intentional'), P);
    expect(w.sign).toBe('withdrawal');
    expect(w.scaledWeight).toBeCloseTo(12.7279, 4); // 9 · √2
    expect(scaledContribution(deposit('c', '1999-01-01', 'honesty', 4), P).scaledWeight).toBeCloseTo(2, 12);
  });

  it('reversalContribution is the exact negative of the original contribution', () => {
    fc.assert(
      fc.property(entryFactsArb({ range: FULL_RANGE }), parametersArb(), (facts, parameters) => {
        const original = scaledContribution(facts, parameters);
        const reversal = reversalContribution(facts, parameters);
        expect(reversal).toEqual({ ...original, scaledWeight: -original.scaledWeight });
      }),
    );
  });
});

describe('accumulate and latestOccurredOn', () => {
  it('keeps one sum per foundation and sign and remembers the newest date', () => {
    const sums = accumulate(
      [],
      [
        scaledContribution(deposit('a', SCALE_EPOCH, 'honesty', 3), P),
        scaledContribution(deposit('b', '1999-01-01', 'honesty', 4), P),
        scaledContribution(withdrawal('c', SCALE_EPOCH, 'honesty', 1, 'unknown'), P),
      ],
    );
    expect(sums).toHaveLength(2);
    const depositSum = sums.find((s) => s.sign === 'deposit');
    expect(depositSum?.scaledSum).toBeCloseTo(5, 12);
    expect(depositSum?.latestOccurredOn).toBe(SCALE_EPOCH);
    expect(sums.find((s) => s.sign === 'withdrawal')?.scaledSum).toBe(2.25);
    expect(latestOccurredOn(sums)).toBe(SCALE_EPOCH);
    expect(latestOccurredOn([])).toBeNull();
  });

  it('does not modify the sums it is given', () => {
    const before = accumulate([], [scaledContribution(deposit('a', SCALE_EPOCH, 'service', 2), P)]);
    const snapshot = structuredClone(before);
    accumulate(before, [scaledContribution(deposit('b', SCALE_EPOCH, 'service', 1), P)]);
    expect(before).toEqual(snapshot);
  });
});

describe('evidenceFromScaledSums', () => {
  it('reads nothing from no sums', () => {
    const e = evidenceFromScaledSums([], '2025-01-01', P);
    for (const f of FOUNDATIONS) expect(e[f]).toEqual({ r: 0, s: 0 });
  });

  it('throws for an asOf before the latest entry that went into the sums', () => {
    const sums = replayIntoScaledSums([deposit('a', '2025-06-01', 'competence', 2)], P);
    expect(() => evidenceFromScaledSums(sums, '2025-05-31', P)).toThrow(RangeError);
    expect(() => evidenceFromScaledSums(sums, '2025-06-01', P)).not.toThrow();
  });

  it('still refuses earlier dates after the latest entry has been reversed', () => {
    const b = deposit('b', '2025-06-01', 'competence', 2);
    const sums = replayIntoScaledSums([deposit('a', '2025-01-01', 'competence', 1), b, reversalOf(b, 'x')], P);
    expect(latestOccurredOn(sums)).toBe('2025-06-01');
    expect(() => evidenceFromScaledSums(sums, '2025-05-31', P)).toThrow(RangeError);
  });

  it('clamps the rounding residue of a cancelled pair to zero', () => {
    // A tiny old weight is swallowed by a large one; reversing both leaves −1e-16 behind.
    const c = (scaledWeight: number) =>
      ({ foundation: 'result', sign: 'deposit', scaledWeight, occurredOn: '2025-01-01' }) as const;
    const sums = accumulate([], [c(1), c(1e-16), c(-1), c(-1e-16)]);
    expect(sums[0]?.scaledSum).toBeLessThan(0);
    expect(evidenceFromScaledSums(sums, '2025-01-01', P).result.r).toBe(0);
  });
});

describe('running sums equal the batch recompute', () => {
  it('for random ledgers with reversals, default parameters', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb({ maxEntries: 40 }), ({ entries, asOf }) => {
        expectSameEvidence(incremental(entries, asOf, P), evidenceByFoundation(entries, asOf, P));
      }),
    );
  });

  it('for random ledgers with reversals and random parameters, over the whole date range', () => {
    fc.assert(
      fc.property(
        ledgerWithAsOfArb({ range: FULL_RANGE, maxEntries: 40 }, 200 * 365),
        parametersArb(),
        ({ entries, asOf }, parameters) => {
          expectSameEvidence(incremental(entries, asOf, parameters), evidenceByFoundation(entries, asOf, parameters));
        },
      ),
    );
  });

  it('at the extremes of the limits: shortest half-lives, heaviest withdrawals, first and last dates', () => {
    const extreme: Parameters = {
      ...P,
      depositHalfLifeDays: 90,
      withdrawalHalfLifeDays: 90,
      withdrawalWeight: 10,
      intentionalFactor: 10,
    };
    const first = withdrawal('a', '1900-01-01', 'honesty', 5, 'intentional');
    const last = withdrawal('b', '2099-12-31', 'honesty', 5, 'intentional');
    const entries = [first, last, deposit('c', '1900-01-01', 'result', 5), deposit('d', '2099-12-31', 'result', 5)];
    const sums = replayIntoScaledSums(entries, extreme);
    for (const sum of sums) expect(Number.isFinite(sum.scaledSum) && sum.scaledSum > 0).toBe(true);
    expectSameEvidence(evidenceFromScaledSums(sums, '2099-12-31', extreme), evidenceByFoundation(entries, '2099-12-31', extreme));
    // Reverse the newest withdrawal: what remains is the 1900 one, faded to nearly nothing.
    const reversed = replayIntoScaledSums([...entries, reversalOf(last, 'x')], extreme);
    expectSameEvidence(
      evidenceFromScaledSums(reversed, '2099-12-31', extreme),
      evidenceByFoundation([...entries, reversalOf(last, 'x')], '2099-12-31', extreme),
    );
  });

  it('does not depend on the order in which entries are recorded', () => {
    fc.assert(
      fc.property(
        ledgerWithAsOfArb({ reversals: false }).chain(({ entries, asOf }) =>
          fc.shuffledSubarray(entries, { minLength: entries.length }).map((shuffled) => ({ entries, shuffled, asOf })),
        ),
        ({ entries, shuffled, asOf }) => {
          expectSameEvidence(incremental(shuffled, asOf, P), incremental(entries, asOf, P));
        },
      ),
    );
  });

  it('appending an entry and then its reversal gives back the same evidence in both forms', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb(), entryFactsArb(), parametersArb(), ({ entries, asOf }, facts, parameters) => {
        const x = entry('new', facts);
        const withPair = [...entries, x, reversalOf(x, 'new-reversal', facts.occurredOn)];
        const readOn = [asOf, facts.occurredOn].sort()[1] ?? asOf;
        expect(evidenceByFoundation(withPair, readOn, parameters)).toEqual(evidenceByFoundation(entries, readOn, parameters));
        expectSameEvidence(incremental(withPair, readOn, parameters), incremental(entries, readOn, parameters));
      }),
    );
  });

  it('can be read on any later date without re-recording anything', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb(), fc.integer({ min: 0, max: 20 * 365 }), ({ entries, asOf }, later) => {
        const sums = replayIntoScaledSums(entries, P);
        const when = addDays(asOf, later);
        expectSameEvidence(evidenceFromScaledSums(sums, when, P), evidenceByFoundation(entries, when, P));
      }),
    );
  });
});
