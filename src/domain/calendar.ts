/**
 * Calendar dates as the ledger sees them: ISO `YYYY-MM-DD` strings, counted in whole days.
 * Dates carry no time zone; converting through UTC keeps every day exactly 86 400 000 ms long.
 */

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** The earliest and latest dates the ledger accepts; they keep scaled weights inside a double. */
export const FIRST_DATE: IsoDate = '1900-01-01';
export const LAST_DATE: IsoDate = '2099-12-31';

/** True for a real calendar date in `YYYY-MM-DD` form (so not `2025-02-30`). */
export function isIsoDate(value: string): value is IsoDate {
  return !Number.isNaN(dayNumberOrNaN(value));
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const day = dayNumberOrNaN(date);
  if (Number.isNaN(day)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return day;
}

/**
 * The day number of a `YYYY-MM-DD` calendar date, or NaN for anything else. Read digit by digit
 * and counted with civil-calendar arithmetic (proleptic Gregorian, as Date counts) rather than
 * through a regular expression and a Date: an import checks and weighs a million dates, and this
 * is some ten times faster. Years before 0100 are refused, as they always were here (Date.UTC
 * reads 0–99 as 1900–1999); the ledger's own range starts at FIRST_DATE anyway.
 */
function dayNumberOrNaN(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return Number.NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  // Days from civil (H. Hinnant): years start in March, so the leap day ends a year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by `length` ASCII digits from `start`, or NaN when one is not a digit. */
function digits(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const digit = value.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    n = n * 10 + digit;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
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
