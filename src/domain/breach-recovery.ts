/**
 * How far trust has come back after a breach: the trust level of the damaged account the day
 * before the breach, its lowest point since, now, and the days it took to first return to its
 * level before the breach.
 *
 * The trust level is read for every day from the breach to today. Because all deposits share
 * one half-life and all withdrawals another, the account's total evidence decays by a fixed
 * factor per day, so each day costs one multiplication plus that day's entries — O(days +
 * entries) — rather than a reading of the whole ledger per day. `evidenceByFoundation` is the
 * reference it is tested against.
 */
import { addDays, daysBetween, type IsoDate } from './calendar.ts';
import { entryWeight, evidenceByFoundation, totalEvidence } from './evidence.ts';
import { effectiveEntries, type LedgerEntry } from './ledger-entry.ts';
import { opinionOf } from './opinion.ts';
import type { Parameters } from './parameters.ts';

export interface Recovery {
  /** T the day before the breach. */
  readonly before: number;
  /** The lowest T from the breach date to today, and the first day it was reached. */
  readonly lowest: number;
  readonly lowestOn: IsoDate;
  readonly now: number;
  /**
   * The first day T was back at `before` after falling below it — the breach date itself when it
   * never fell; null if not yet.
   */
  readonly recoveredOn: IsoDate | null;
  /** Days from the breach to `recoveredOn`; null if not yet recovered. */
  readonly daysToRecovery: number | null;
}

/** One day's trust level of an account. */
export interface DailyTrust {
  readonly on: IsoDate;
  readonly trustLevel: number;
}

/** T of an account for each day from `from` to `to` (both included), in date order. */
export function dailyTrust(
  entries: readonly LedgerEntry[],
  from: IsoDate,
  to: IsoDate,
  parameters: Parameters,
  baseRate: number,
): DailyTrust[] {
  const start = totalEvidence(evidenceByFoundation(entries, from, parameters));
  const later = effectiveEntries(entries)
    .filter((e) => e.occurredOn > from && e.occurredOn <= to)
    .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  const depositDecay = 2 ** (-1 / parameters.depositHalfLifeDays);
  const withdrawalDecay = 2 ** (-1 / parameters.withdrawalHalfLifeDays);
  let { r, s } = start;
  let next = 0;
  const days: DailyTrust[] = [];
  for (let on = from, i = 0; on <= to; on = addDays(on, 1), i++) {
    if (i > 0) {
      r *= depositDecay;
      s *= withdrawalDecay;
      for (; next < later.length && later[next]!.occurredOn === on; next++) {
        const entry = later[next]!;
        if (entry.amount > 0) r += entryWeight(entry, parameters);
        else s += entryWeight(entry, parameters);
      }
    }
    days.push({ on, trustLevel: opinionOf({ r, s }, parameters.priorWeight, baseRate).trustLevel });
  }
  return days;
}

/**
 * The recovery of the account `entries` belong to after a breach on `breachOn`, as of `today`.
 * Levels are compared to a hundredth of a point, so that rounding in the last digit neither
 * delays nor advances a recovery.
 */
export function recoveryOf(
  entries: readonly LedgerEntry[],
  breachOn: IsoDate,
  today: IsoDate,
  parameters: Parameters,
  baseRate: number,
): Recovery {
  const dayBefore = addDays(breachOn, -1);
  const days = dailyTrust(entries, dayBefore, today < breachOn ? breachOn : today, parameters, baseRate);
  const before = days[0]!.trustLevel;
  const since = days.slice(1);
  let lowestDay = since[0]!;
  for (const day of since) if (day.trustLevel < lowestDay.trustLevel) lowestDay = day;
  const atLeastBefore = (t: number) => Math.round(t * 100) >= Math.round(before * 100);
  const fell = since.findIndex((day) => !atLeastBefore(day.trustLevel));
  const recovered = fell === -1 ? since[0]! : (since.slice(fell).find((day) => atLeastBefore(day.trustLevel)) ?? null);
  return {
    before,
    lowest: lowestDay.trustLevel,
    lowestOn: lowestDay.on,
    now: since.at(-1)!.trustLevel,
    recoveredOn: recovered?.on ?? null,
    daysToRecovery: recovered === null ? null : daysBetween(breachOn, recovered.on),
  };
}
