import { readAccount, type AccountReading } from './account-reading.ts';
import { dayNumber, isIsoDate, type IsoDate } from './calendar.ts';
import { emptyFoundationEvidence } from './evidence.ts';
import { groupFigures, type GroupFigures } from './groups.ts';
import { effectiveEntries, type LedgerEntry } from './ledger-entry.ts';
import type { Parameters } from './parameters.ts';
import { SCALE_EPOCH, scaledContribution, type ScaledContribution } from './scaled-sums.ts';
import { FOUNDATIONS, type Foundation } from './vocabulary.ts';

/** The most points `monthEnds` returns: a hundred years of months. */
export const MAX_TREND_POINTS = 1200;

function assertDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * The last day of every month from `from`'s month through `to`'s month, in order. The final point
 * is `to` itself when `to` is not a month end, so a trend always ends on the day it was asked for.
 * Throws a RangeError when `from` is after `to` or when that would be more than 1200 points.
 */
export function monthEnds(from: IsoDate, to: IsoDate): IsoDate[] {
  assertDate(from);
  assertDate(to);
  if (from > to) throw new RangeError(`trend from ${from} to ${to}: the start is after the end`);
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  const count = (ty - fy) * 12 + (tm - fm) + 1;
  if (count > MAX_TREND_POINTS) {
    throw new RangeError(`trend from ${from} to ${to} has ${count} points; at most ${MAX_TREND_POINTS}`);
  }
  const points: IsoDate[] = [];
  for (let i = 0; i < count; i++) {
    const month0 = fm - 1 + i; // months since January of `fy`, zero-based
    const year = fy + Math.floor(month0 / 12);
    const month = (month0 % 12) + 1;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month
    points.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(lastDay, 2)}`);
  }
  points[points.length - 1] = to; // `to` lies in the last month, on or before its end
  return points;
}

/**
 * An account's reading at each of `dates` (ascending; repeats allowed), in one pass.
 *
 * The effective entries are sorted by date and turned into scaled weights
 * `w* = weight · 2^((occurredOn − epoch)/H)` (scaled-sums.ts). Walking the dates in order, every
 * entry dated on or before the current date is added to the running prefix sum of its
 * (foundation, sign); the date is then read as `2^(−(t − epoch)/H) · Σ w*`. Because decay is
 * exponential this is the same number as decaying each entry by its own age, so the trend equals
 * reading the account afresh at every date — at O(entries · log entries + dates) instead of
 * O(entries · dates). Reversed entries and reversals are left out first (`effectiveEntries`), so
 * the past reads as if a corrected mistake had never happened.
 */
export function accountTrend(
  entries: readonly LedgerEntry[],
  dates: readonly IsoDate[],
  parameters: Parameters,
  baseRate: number,
): AccountReading[] {
  dates.forEach((date, i) => {
    assertDate(date);
    const previous = dates[i - 1];
    if (previous !== undefined && date < previous) {
      throw new RangeError(`trend dates must ascend: ${date} comes after ${previous}`);
    }
  });

  const contributions: ScaledContribution[] = effectiveEntries(entries)
    .map((e) => scaledContribution(e, parameters))
    .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));

  const deposits = new Map<Foundation, number>(FOUNDATIONS.map((f) => [f, 0]));
  const withdrawals = new Map<Foundation, number>(FOUNDATIONS.map((f) => [f, 0]));
  const epochDay = dayNumber(SCALE_EPOCH);
  let cursor = 0;

  return dates.map((date) => {
    for (; cursor < contributions.length; cursor++) {
      const c = contributions[cursor];
      if (c === undefined || c.occurredOn > date) break;
      const sums = c.sign === 'deposit' ? deposits : withdrawals;
      sums.set(c.foundation, (sums.get(c.foundation) ?? 0) + c.scaledWeight);
    }
    const elapsed = dayNumber(date) - epochDay;
    const depositDecay = 2 ** (-elapsed / parameters.depositHalfLifeDays);
    const withdrawalDecay = 2 ** (-elapsed / parameters.withdrawalHalfLifeDays);
    const byFoundation = emptyFoundationEvidence();
    for (const f of FOUNDATIONS) {
      byFoundation[f] = {
        r: (deposits.get(f) ?? 0) * depositDecay,
        s: (withdrawals.get(f) ?? 0) * withdrawalDecay,
      };
    }
    return readAccount(byFoundation, date, parameters, baseRate);
  });
}

/** One account of a group trend: its stakeholder's importance and its readings at the trend's dates. */
export interface GroupTrendMember {
  importance: number;
  readings: readonly AccountReading[];
}

/**
 * A group's figures at each date (importance-weighted T, balance and weighted balance; see
 * groups.ts). Each member's `readings` must be its readings at exactly `dates`, in order.
 */
export function groupTrend(members: readonly GroupTrendMember[], dates: readonly IsoDate[]): GroupFigures[] {
  for (const m of members) {
    if (m.readings.length !== dates.length) {
      throw new RangeError(`a member has ${m.readings.length} readings for ${dates.length} dates`);
    }
  }
  return dates.map((date, i) =>
    groupFigures(
      members.map((m) => {
        const reading = m.readings[i];
        if (reading === undefined || reading.asOf !== date) {
          throw new RangeError(`a member's reading ${i} is as of ${reading?.asOf}, not ${date}`);
        }
        return { importance: m.importance, reading };
      }),
    ),
  );
}
