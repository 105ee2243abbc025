import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readAccount, type AccountReading, type Reading } from './account-reading.ts';
import { addDays, dayNumber, fromDayNumber, type IsoDate } from './calendar.ts';
import { evidenceByFoundation } from './evidence.ts';
import { groupFigures } from './groups.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { DEFAULT_PARAMETERS, type Parameters } from './parameters.ts';
import { accountTrend, groupTrend, MAX_TREND_POINTS, monthEnds } from './trends.ts';
import { DIMENSIONS } from './vocabulary.ts';
import {
  deposit,
  FULL_RANGE,
  isoDateArb,
  ledgerArb,
  NEAR_RANGE,
  parametersArb,
  relativelyClose,
  reversalOf,
  withdrawal,
  type DateRange,
} from './arbitraries.ts';

const P = DEFAULT_PARAMETERS;

function batch(entries: readonly LedgerEntry[], asOf: IsoDate, parameters: Parameters, baseRate: number): AccountReading {
  return readAccount(evidenceByFoundation(entries, asOf, parameters), asOf, parameters, baseRate);
}

const FIGURES = ['r', 's', 'balance', 'belief', 'disbelief', 'uncertainty', 'trustLevel'] as const;

function expectClose(actual: AccountReading, expected: AccountReading): void {
  expect(actual.asOf).toBe(expected.asOf);
  const parts: [string, Reading, Reading][] = [
    ['account', actual, expected],
    ...DIMENSIONS.map((d): [string, Reading, Reading] => [d, actual.legs[d], expected.legs[d]]),
  ];
  for (const [name, a, e] of parts) {
    for (const figure of FIGURES) {
      if (!relativelyClose(a[figure], e[figure])) expect.fail(`${actual.asOf} ${name}.${figure}: ${a[figure]} ≠ ${e[figure]}`);
    }
    // the band is a step function of T and u; only compare it away from the steps
    if (a.band !== e.band) {
      const nearStep = [50, 60].some((t) => Math.abs(e.trustLevel - t) < 1e-6) || Math.abs(e.uncertainty - 0.5) < 1e-9;
      if (!nearStep) expect.fail(`${actual.asOf} ${name}.band: ${a.band} ≠ ${e.band}`);
    }
  }
}

describe('monthEnds', () => {
  it('gives the last day of each month, the final point clipped to `to`', () => {
    expect(monthEnds('2025-01-15', '2025-04-10')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-10']);
  });

  it('keeps the final month end when `to` is one', () => {
    expect(monthEnds('2025-01-01', '2025-03-31')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
  });

  it('knows February in leap years (2024, 2000) and in years that are not (1900, 2100 is out of range)', () => {
    expect(monthEnds('2024-02-01', '2024-03-31')).toEqual(['2024-02-29', '2024-03-31']);
    expect(monthEnds('2000-02-10', '2000-02-29')).toEqual(['2000-02-29']);
    expect(monthEnds('1900-02-01', '1900-02-28')).toEqual(['1900-02-28']);
    expect(monthEnds('2023-02-01', '2023-03-01')).toEqual(['2023-02-28', '2023-03-01']);
  });

  it('from = to gives that single day', () => {
    expect(monthEnds('2025-03-15', '2025-03-15')).toEqual(['2025-03-15']);
    expect(monthEnds('2025-03-31', '2025-03-31')).toEqual(['2025-03-31']);
  });

  it('crosses year ends', () => {
    expect(monthEnds('2024-11-30', '2025-01-31')).toEqual(['2024-11-30', '2024-12-31', '2025-01-31']);
  });

  it('refuses from > to, bad dates and more than 1200 points', () => {
    expect(() => monthEnds('2025-03-02', '2025-03-01')).toThrow(RangeError);
    expect(() => monthEnds('2025-02-30', '2025-03-01')).toThrow(RangeError);
    expect(() => monthEnds('2025-01-01', 'tomorrow')).toThrow(RangeError);
    expect(MAX_TREND_POINTS).toBe(1200);
    expect(monthEnds('1900-01-01', '1999-12-31')).toHaveLength(1200);
    expect(() => monthEnds('1900-01-01', '2000-01-01')).toThrow(RangeError);
  });

  it('ascends strictly, ends on `to`, and every point but the last is a month end', () => {
    fc.assert(
      fc.property(isoDateArb(), isoDateArb(), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const points = monthEnds(from, to);
        expect(points.at(-1)).toBe(to);
        expect(points[0]?.slice(0, 7)).toBe(from.slice(0, 7));
        for (let i = 1; i < points.length; i++) expect((points[i] ?? '') > (points[i - 1] ?? '')).toBe(true);
        for (const p of points.slice(0, -1)) expect(addDays(p, 1).slice(8)).toBe('01');
      }),
    );
  });
});

describe('accountTrend', () => {
  it('reads a small ledger by hand', () => {
    const entries = [deposit('a', '2025-01-01', 'honesty', 2), withdrawal('b', '2025-03-01', 'result', 1, 'unintentional')];
    const dates = ['2024-12-31', '2025-01-01', '2025-03-01', '2026-01-01'];
    const [before, first, second, later] = accountTrend(entries, dates, P, 0.5);

    // nothing yet: T = 50, u = 1
    expect(before?.r).toBe(0);
    expect(before?.trustLevel).toBe(50);
    expect(before?.uncertainty).toBe(1);
    // the deposit today: r = 2, T = 100·(2 + 1)/4 = 75
    expect(first?.r).toBeCloseTo(2, 12);
    expect(first?.trustLevel).toBeCloseTo(75, 10);
    // 59 days later, with the withdrawal today: r = 2·2^(−59/365), s = 2.25
    const r2 = 2 * 2 ** (-59 / 365);
    expect(second?.r).toBeCloseTo(r2, 12);
    expect(second?.s).toBeCloseTo(2.25, 12);
    expect(second?.trustLevel).toBeCloseTo((100 * (r2 + 1)) / (r2 + 2.25 + 2), 10);
    expect(second?.legs.contractual.s).toBeCloseTo(2.25, 12);
    // on 2026-01-01: the deposit is 365 days old, the withdrawal 306
    const s3 = 2.25 * 2 ** (-306 / 730);
    expect(later?.r).toBeCloseTo(1, 12);
    expect(later?.s).toBeCloseTo(s3, 12);
    expect(later?.balance).toBeCloseTo(1 - s3, 12);
  });

  it('leaves a reversed entry out at every date, even before the reversal was made', () => {
    const a = deposit('a', '2025-01-01', 'honesty', 2);
    const b = withdrawal('b', '2025-02-01', 'fairness', 3, 'intentional');
    const x = reversalOf(b, 'x', '2025-06-01');
    const dates = monthEnds('2025-01-01', '2025-12-31');
    const corrected = accountTrend([a, b, x], dates, P, 0.5);
    const clean = accountTrend([a], dates, P, 0.5);
    corrected.forEach((reading, i) => expect(reading).toEqual(clean[i]));
  });

  it('accepts repeated dates and no dates; refuses dates out of order', () => {
    const entries = [deposit('a', '2025-01-01', 'honesty', 2)];
    expect(accountTrend(entries, [], P, 0.5)).toEqual([]);
    const [x, y] = accountTrend(entries, ['2025-02-01', '2025-02-01'], P, 0.5);
    expect(x).toEqual(y);
    expect(() => accountTrend(entries, ['2025-02-01', '2025-01-31'], P, 0.5)).toThrow(RangeError);
    expect(() => accountTrend(entries, ['2025-02-30'], P, 0.5)).toThrow(RangeError);
  });

  const datesArb = (range: DateRange) =>
    fc.array(isoDateArb(range), { minLength: 1, maxLength: 30 }).map((ds) => [...ds].sort());

  it('equals reading the account afresh at every date (random ledgers with reversals, random parameters)', () => {
    fc.assert(
      fc.property(ledgerArb({ reversals: true }), datesArb(NEAR_RANGE), parametersArb(), (entries, dates, parameters) => {
        const trend = accountTrend(entries, dates, parameters, parameters.baseRate);
        expect(trend).toHaveLength(dates.length);
        trend.forEach((reading, i) => expectClose(reading, batch(entries, dates[i] ?? '', parameters, parameters.baseRate)));
      }),
      { numRuns: 300 },
    );
  });

  it('still equals the batch reading across the whole accepted date range', () => {
    fc.assert(
      fc.property(
        ledgerArb({ reversals: true, range: FULL_RANGE }),
        datesArb(FULL_RANGE),
        parametersArb(),
        (entries, dates, parameters) => {
          const trend = accountTrend(entries, dates, parameters, parameters.baseRate);
          trend.forEach((reading, i) => expectClose(reading, batch(entries, dates[i] ?? '', parameters, parameters.baseRate)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('on month ends around a ledger, equals the batch reading too (dense dates)', () => {
    fc.assert(
      fc.property(ledgerArb({ reversals: true, minEntries: 1 }), (entries) => {
        const days = entries.map((e) => dayNumber(e.occurredOn));
        const dates = monthEnds(fromDayNumber(Math.min(...days) - 40), fromDayNumber(Math.max(...days) + 400));
        const trend = accountTrend(entries, dates, P, P.baseRate);
        trend.forEach((reading, i) => expectClose(reading, batch(entries, dates[i] ?? '', P, P.baseRate)));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the example of docs/model.md (Trends)', () => {
  it('reads a deposit and a withdrawal at the month ends from December 2024 through March 2025', () => {
    const entries = [deposit('a', '2025-01-01', 'honesty', 2), withdrawal('b', '2025-03-01', 'result', 1, 'unintentional')];
    const dates = monthEnds('2024-12-01', '2025-03-31');
    expect(dates).toEqual(['2024-12-31', '2025-01-31', '2025-02-28', '2025-03-31']);
    const points = accountTrend(entries, dates, P, 0.5);
    const table = points.map((p) => [...[p.r, p.s, p.trustLevel, p.uncertainty].map((x) => Math.round(x * 1e4) / 1e4), p.band]);
    expect(table).toEqual([
      [0, 0, 50, 1, 'uncertain'],
      [1.8892, 0, 74.2881, 0.5142, 'uncertain'],
      [1.7914, 0, 73.6246, 0.5275, 'uncertain'],
      [1.689, 2.1868, 45.7638, 0.3404, 'distrust'],
    ]);
    for (const [i, date] of dates.entries()) expectClose(points[i]!, batch(entries, date, P, 0.5));
  });
});

describe('groupTrend', () => {
  const dates = ['2025-01-31', '2025-02-28', '2025-03-31'];
  const one = accountTrend([deposit('a', '2025-01-10', 'honesty', 3)], dates, P, 0.5);
  const two = accountTrend([withdrawal('b', '2025-02-10', 'result', 2, 'unintentional')], dates, P, 0.5);

  it('gives the group figures at each date', () => {
    const trend = groupTrend(
      [
        { importance: 1, readings: one },
        { importance: 3, readings: two },
      ],
      dates,
    );
    expect(trend).toHaveLength(3);
    trend.forEach((figures, i) => {
      const a = one[i];
      const b = two[i];
      if (a === undefined || b === undefined) throw new Error('missing reading');
      expect(figures.accounts).toBe(2);
      expect(figures.trustLevel).toBeCloseTo((1 * a.trustLevel + 3 * b.trustLevel) / 4, 10);
      expect(figures.balance).toBeCloseTo(a.balance + b.balance, 10);
      expect(figures.weightedBalance).toBeCloseTo(a.balance + 3 * b.balance, 10);
    });
    // in January the second account is still empty: T = 50, balance 0
    expect(trend[0]?.weightedBalance).toBeCloseTo(one[0]?.balance ?? NaN, 10);
  });

  it('an empty group has no T and zero balances', () => {
    expect(groupTrend([], dates)).toEqual(dates.map(() => groupFigures([])));
  });

  it('refuses readings that do not match the dates', () => {
    expect(() => groupTrend([{ importance: 1, readings: one.slice(1) }], dates)).toThrow(RangeError);
    expect(() => groupTrend([{ importance: 1, readings: one }], dates.map((d) => addDays(d, 1)))).toThrow(RangeError);
  });
});
