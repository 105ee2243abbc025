import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addEvidence,
  entryWeight,
  evidenceByDimension,
  evidenceByFoundation,
  halfLifeOf,
  NO_EVIDENCE,
  totalEvidence,
} from './evidence.ts';
import { addDays } from './calendar.ts';
import { DEFAULT_PARAMETERS, type Parameters } from './parameters.ts';
import { DIMENSIONS, FOUNDATIONS, foundationsOf } from './vocabulary.ts';
import {
  deposit,
  ledgerWithAsOfArb,
  parametersArb,
  relativelyClose,
  reversalOf,
  withdrawal,
} from './arbitraries.ts';

const P = DEFAULT_PARAMETERS;
const TODAY = '2025-06-01';

describe('entryWeight', () => {
  it('counts a deposit at its amount', () => {
    expect(entryWeight({ amount: 3, intent: null }, P)).toBe(3);
  });

  it('weighs a withdrawal by L, and by K more when intentional', () => {
    expect(entryWeight({ amount: -2, intent: 'unintentional' }, P)).toBe(4.5); // 2 · 2.25
    expect(entryWeight({ amount: -2, intent: 'unknown' }, P)).toBe(4.5);
    expect(entryWeight({ amount: -2, intent: null }, P)).toBe(4.5);
    expect(entryWeight({ amount: -2, intent: 'intentional' }, P)).toBe(9); // 2 · 2.25 · 2
    expect(entryWeight({ amount: -5, intent: 'intentional' }, P)).toBe(22.5);
  });

  it('picks the half-life by sign', () => {
    expect(halfLifeOf(4, P)).toBe(365);
    expect(halfLifeOf(-4, P)).toBe(730);
  });
});

describe('evidenceByFoundation (batch form)', () => {
  it('is empty for an empty ledger', () => {
    const byFoundation = evidenceByFoundation([], TODAY, P);
    for (const f of FOUNDATIONS) expect(byFoundation[f]).toEqual(NO_EVIDENCE);
  });

  it('halves a deposit after one deposit half-life and a withdrawal after one withdrawal half-life', () => {
    const entries = [
      deposit('a', '2024-06-01', 'competence', 3), // 365 days before TODAY
      withdrawal('b', '2023-06-02', 'honesty', 2, 'unintentional'), // 730 days before TODAY
    ];
    const e = evidenceByFoundation(entries, TODAY, P);
    expect(e.competence.r).toBeCloseTo(1.5, 12);
    expect(e.competence.s).toBe(0);
    expect(e.honesty.s).toBeCloseTo(2.25, 12); // 4.5 / 2
    expect(e.honesty.r).toBe(0);
  });

  it('ignores entries dated after asOf', () => {
    const entries = [deposit('a', TODAY, 'service', 2), deposit('b', addDays(TODAY, 1), 'service', 5)];
    expect(evidenceByFoundation(entries, TODAY, P).service).toEqual({ r: 2, s: 0 });
  });

  it('ignores a reversed entry and its reversal', () => {
    const b = withdrawal('b', TODAY, 'result', 4, 'intentional');
    const entries = [deposit('a', TODAY, 'result', 1), b, reversalOf(b, 'x')];
    expect(evidenceByFoundation(entries, TODAY, P).result).toEqual({ r: 1, s: 0 });
  });

  it('decays every sum by exactly one half per half-life when no entries are added', () => {
    const equalHalfLives: Parameters = { ...P, depositHalfLifeDays: 500, withdrawalHalfLifeDays: 500 };
    fc.assert(
      fc.property(ledgerWithAsOfArb(), ({ entries, asOf }) => {
        const now = totalEvidence(evidenceByFoundation(entries, asOf, equalHalfLives));
        const later = totalEvidence(evidenceByFoundation(entries, addDays(asOf, 500), equalHalfLives));
        expect(relativelyClose(later.r, now.r / 2, 1e-12)).toBe(true);
        expect(relativelyClose(later.s, now.s / 2, 1e-12)).toBe(true);
      }),
    );
  });

  it('never produces negative or non-finite evidence', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb(), parametersArb(), ({ entries, asOf }, parameters) => {
        for (const { r, s } of Object.values(evidenceByFoundation(entries, asOf, parameters))) {
          expect(r >= 0 && s >= 0 && Number.isFinite(r) && Number.isFinite(s)).toBe(true);
        }
      }),
    );
  });
});

describe('legs and totals', () => {
  it('adds evidence componentwise', () => {
    expect(addEvidence({ r: 1, s: 2 }, { r: 0.5, s: 4 })).toEqual({ r: 1.5, s: 6 });
  });

  it('sums foundations into their dimension and into the total', () => {
    const entries = [
      deposit('a', TODAY, 'competence', 4),
      deposit('b', TODAY, 'learning', 1),
      withdrawal('c', TODAY, 'honesty', 1, 'unintentional'),
      withdrawal('d', TODAY, 'fair_play', 2, 'intentional'),
    ];
    const byFoundation = evidenceByFoundation(entries, TODAY, P);
    const legs = evidenceByDimension(byFoundation);
    expect(legs.professional).toEqual({ r: 5, s: 0 });
    expect(legs.intentional).toEqual({ r: 0, s: 2.25 });
    expect(legs.contractual).toEqual({ r: 0, s: 9 });
    expect(totalEvidence(byFoundation)).toEqual({ r: 5, s: 11.25 });
  });

  it('the legs always add up to the total', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb(), ({ entries, asOf }) => {
        const byFoundation = evidenceByFoundation(entries, asOf, P);
        const legs = evidenceByDimension(byFoundation);
        const total = totalEvidence(byFoundation);
        const sum = DIMENSIONS.reduce((acc, d) => addEvidence(acc, legs[d]), NO_EVIDENCE);
        expect(relativelyClose(sum.r, total.r, 1e-12)).toBe(true);
        expect(relativelyClose(sum.s, total.s, 1e-12)).toBe(true);
        for (const d of DIMENSIONS) {
          const own = foundationsOf(d).reduce((acc, f) => addEvidence(acc, byFoundation[f]), NO_EVIDENCE);
          expect(legs[d]).toEqual(own);
        }
      }),
    );
  });
});
