import type { LedgerLine } from '../api/schemas.ts';

/** An entry drawn on an account's trend line, where the line stands on the entry's date. */
export interface TrendMarker {
  readonly id: string;
  readonly occurredOn: string;
  readonly amount: number;
  readonly foundation: LedgerLine['foundation'];
  readonly note: string;
  /** The trend line's value on that date, between the month ends around it. */
  readonly value: number;
}

const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** The line's value on a date: straight between the two month ends around it, flat beyond the ends. */
export function valueOn(dates: readonly string[], values: readonly number[], date: string): number {
  const at = day(date);
  if (dates.length === 0) return 0;
  if (at <= day(dates[0]!)) return values[0]!;
  for (let i = 1; i < dates.length; i++) {
    const end = day(dates[i]!);
    if (at <= end) {
      const start = day(dates[i - 1]!);
      const share = (at - start) / (end - start);
      return values[i - 1]! + share * (values[i]! - values[i - 1]!);
    }
  }
  return values.at(-1)!;
}

/**
 * The entries to mark on a trend: those that count (neither reversed nor a reversal) and fall
 * within the months the trend shows, oldest first.
 */
export function trendMarkers(lines: readonly LedgerLine[], dates: readonly string[], values: readonly number[]): TrendMarker[] {
  if (dates.length === 0) return [];
  const from = `${dates[0]!.slice(0, 7)}-01`;
  const to = dates.at(-1)!;
  return lines
    .filter((line) => line.reverses === null && line.reversedBy === null && line.occurredOn >= from && line.occurredOn <= to)
    .map((line) => ({
      id: line.id,
      occurredOn: line.occurredOn,
      amount: line.amount,
      foundation: line.foundation,
      note: line.note,
      value: valueOn(dates, values, line.occurredOn),
    }))
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
}
