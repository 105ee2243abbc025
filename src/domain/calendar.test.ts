import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayNumber,
  daysBetween,
  FIRST_DATE,
  fromDayNumber,
  isIsoDate,
  isoDateOf,
  LAST_DATE,
} from './calendar.ts';
import { FULL_RANGE, isoDateArb } from './arbitraries.ts';

describe('isIsoDate', () => {
  it('accepts real calendar dates in YYYY-MM-DD form', () => {
    for (const date of ['2025-01-01', '2025-12-31', '2024-02-29', '2000-02-29', FIRST_DATE, LAST_DATE]) {
      expect(isIsoDate(date)).toBe(true);
    }
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false); // 2025 is not a leap year
    expect(isIsoDate('1900-02-29')).toBe(false); // nor is 1900
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
  });

  it('rejects anything not written as YYYY-MM-DD', () => {
    for (const value of ['2025-2-3', '2025-02-3', '25-02-03', '2025/02/03', '2025-02-03T00:00:00Z', ' 2025-02-03', '', 'today']) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});

/** The definitions calendar.ts had before it counted digits itself: the oracle for its fast path. */
function isIsoDateByDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
const dayNumberByDate = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

describe('isIsoDate and dayNumber against Date', () => {
  const digit = fc.constantFrom(...'0123456789');
  const text = (length: number) => fc.array(digit, { minLength: length, maxLength: length }).map((d) => d.join(''));
  /** Date-shaped strings, most of them impossible dates, and a few that are not date-shaped at all. */
  const candidate = fc.oneof(
    fc.tuple(text(4), text(2), text(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: fc.constantFrom(...'0123456789-/ T:Z\n\u0660'), minLength: 8, maxLength: 12 }),
  );

  it('agree with the Date-based definitions on any string', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        expect(isIsoDate(value)).toBe(isIsoDateByDate(value));
        if (isIsoDate(value)) expect(dayNumber(value)).toBe(dayNumberByDate(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agree on every day, month and year around the ledger\'s range, the impossible ones included', () => {
    for (const year of [0, 99, 100, 400, 1600, 1700, 1800, ...Array.from({ length: 221 }, (_, i) => 1890 + i), 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (isIsoDate(value) !== isIsoDateByDate(value)) expect.fail(`isIsoDate(${value})`);
          if (isIsoDate(value) && dayNumber(value) !== dayNumberByDate(value)) expect.fail(`dayNumber(${value})`);
        }
      }
    }
  });
});

describe('day arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-01-01')).toBe(10_957);
  });

  it('throws for a value that is not a date', () => {
    expect(() => dayNumber('2025-02-30')).toThrow(RangeError);
    expect(() => dayNumber('2025-2-3')).toThrow(RangeError);
  });

  it('counts whole days between dates, leap days included', () => {
    expect(daysBetween('2025-06-01', '2026-06-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-06-01', '2025-06-01')).toBe(-365);
    expect(daysBetween('2025-03-30', '2025-03-31')).toBe(1); // no daylight-saving gaps
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2000-01-01', 365)).toBe('2000-12-31');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('fromDayNumber inverts dayNumber across the whole accepted range', () => {
    fc.assert(
      fc.property(isoDateArb(FULL_RANGE), (date) => {
        expect(Number.isInteger(dayNumber(date))).toBe(true);
        expect(fromDayNumber(dayNumber(date))).toBe(date);
      }),
    );
  });

  it('addDays and daysBetween agree', () => {
    fc.assert(
      fc.property(isoDateArb(), fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const later = addDays(date, days);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(days);
      }),
    );
  });

  it('orders dates the same way as strings compare them', () => {
    fc.assert(
      fc.property(isoDateArb(FULL_RANGE), isoDateArb(FULL_RANGE), (a, b) => {
        expect(Math.sign(daysBetween(b, a))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});

describe('isoDateOf', () => {
  it('takes the UTC date of an instant', () => {
    expect(isoDateOf(new Date('2025-03-04T23:59:59Z'))).toBe('2025-03-04');
    expect(isoDateOf(new Date('2025-03-04T23:30:00-02:00'))).toBe('2025-03-05');
  });
});
