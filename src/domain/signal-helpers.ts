/** Small helpers the signal detectors share. */
import { daysBetween, type IsoDate } from './calendar.ts';
import { effectiveEntries, type LedgerEntry } from './ledger-entry.ts';
import type { Signal, SignalAccountInput } from './signal-model.ts';

/**
 * The entries that count as of `asOf`: reversed entries and reversals dropped (at every date, as
 * in the ledger math), then everything after `asOf` left out.
 */
export function entriesAsOf(entries: readonly LedgerEntry[], asOf: IsoDate): LedgerEntry[] {
  return effectiveEntries(entries).filter((e) => daysBetween(e.occurredOn, asOf) >= 0);
}

/** Effective withdrawals on or before `asOf` aged at most `windowDays` days. */
export function withdrawalsWithin(entries: readonly LedgerEntry[], asOf: IsoDate, windowDays: number): LedgerEntry[] {
  return entries.filter((e) => e.amount < 0 && daysBetween(e.occurredOn, asOf) <= windowDays);
}

/** Oldest first; entries of the same day keep their order. */
export function chronological<E extends Pick<LedgerEntry, 'occurredOn'>>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}

export function idsOf(entries: readonly LedgerEntry[]): string[] {
  return chronological(entries).map((e) => e.id);
}

/**
 * A positive `value` rounded up to a whole number of `step`s, at least one. A hair of
 * floating-point noise above a step boundary does not count as a step.
 */
export function stepsUp(value: number, step: number): number {
  return Math.max(1, Math.ceil(value / step - 1e-9)) * step;
}

/** A figure for display. */
export function rounded(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The fields every signal about one account shares. */
export function aboutAccount(
  account: SignalAccountInput,
): Pick<Signal, 'stakeholderId' | 'relationId' | 'accountId' | 'accountIds' | 'importance'> {
  return {
    stakeholderId: account.stakeholderId,
    relationId: account.relationId,
    accountId: account.accountId,
    accountIds: [account.accountId],
    importance: account.importance,
  };
}
