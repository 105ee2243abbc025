/**
 * Calendar dates as the ledger sees them: ISO `YYYY-MM-DD` strings, counted in whole days.
 * Dates carry no time zone; converting through UTC keeps every day exactly 86 400 000 ms long.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The earliest and latest dates the ledger accepts; they keep scaled weights inside a double. */
export const FIRST_DATE: IsoDate = '1900-01-01';
export const LAST_DATE: IsoDate = '2099-12-31';

/** True for a real calendar date in `YYYY-MM-DD` form (so not `2025-02-30`). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Today's date in UTC, from an instant (the domain never reads the clock itself). */
export function isoDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/**
 * One formatter per time zone, kept: making one costs far more than formatting with it, and every
 * reading asks for today. At most one per zone the runtime knows, a few hundred.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date an instant falls on in a time zone: what "today" is for the people of an
 * organisation, which is not UTC's today for a Belgian recording something after midnight.
 */
export function dateIn(instant: Date, timeZone: string): IsoDate {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** True for an IANA time-zone name this runtime knows, such as `Europe/Brussels`. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
