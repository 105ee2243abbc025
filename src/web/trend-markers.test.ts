import { describe, expect, it } from 'vitest';
import type { LedgerLine } from '../api/schemas.ts';
import { trendMarkers, valueOn } from './trend-markers.ts';

const line = (id: string, occurredOn: string, amount: number, extra: Partial<LedgerLine> = {}): LedgerLine => ({
  id,
  organisationId: 'o',
  accountId: 'a',
  occurredOn,
  recordedAt: `${occurredOn}T10:00:00Z`,
  authorUserId: null,
  foundation: 'honesty',
  amount,
  intent: amount < 0 ? 'unintentional' : null,
  note: '',
  source: 'manual',
  reverses: null,
  reversedBy: null,
  ...extra,
});

const DATES = ['2026-01-31', '2026-02-28', '2026-03-31'];
const VALUES = [50, 60, 40];

describe('valueOn', () => {
  it('is the month end’s value on a month end, and flat before the first and after the last', () => {
    expect(valueOn(DATES, VALUES, '2026-02-28')).toBe(60);
    expect(valueOn(DATES, VALUES, '2025-12-01')).toBe(50);
    expect(valueOn(DATES, VALUES, '2026-04-15')).toBe(40);
  });

  it('lies on the straight line between two month ends', () => {
    // 14 of the 28 days from 31 January to 28 February: halfway from 50 to 60.
    expect(valueOn(DATES, VALUES, '2026-02-14')).toBeCloseTo(55, 10);
    expect(valueOn(DATES, VALUES, '2026-03-14')).toBeLessThan(60);
    expect(valueOn(DATES, VALUES, '2026-03-14')).toBeGreaterThan(40);
  });
});

describe('trendMarkers', () => {
  it('marks the entries that count within the months shown, oldest first, on the line', () => {
    const lines = [
      line('late', '2026-03-20', -2),
      line('early', '2026-01-05', 3),
      line('before', '2025-12-31', 1),
      line('reversed', '2026-02-10', 4, { reversedBy: 'fix' }),
      line('fix', '2026-02-11', -4, { reverses: 'reversed' }),
      line('after', '2026-04-01', 1),
    ];
    const markers = trendMarkers(lines, DATES, VALUES);
    expect(markers.map((m) => m.id)).toEqual(['early', 'late']);
    expect(markers[0]).toMatchObject({ amount: 3, value: 50 });
    expect(markers[1]!.value).toBeCloseTo(60 + (20 / 31) * (40 - 60), 10);
  });

  it('marks nothing on an empty trend', () => {
    expect(trendMarkers([line('x', '2026-01-05', 1)], [], [])).toEqual([]);
  });
});
