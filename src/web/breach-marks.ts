import type { Breach } from './breaches-api.ts';

/** A day to mark on an account's trend: a breach of it, or the day its trust came back. */
export interface BreachMark {
  readonly breachId: string;
  readonly kind: 'breach' | 'recovered';
  readonly on: string;
  readonly direction: Breach['direction'];
}

/**
 * The marks of the breaches that damaged one account, within the months its trend shows (the
 * first month from its first day): each breach's date and, once trust is back, its recovery date.
 * A recovery on the breach's own day (trust never fell) adds nothing to see. Oldest first.
 */
export function breachMarks(breaches: readonly Breach[], accountId: string, dates: readonly string[]): BreachMark[] {
  if (dates.length === 0) return [];
  const from = `${dates[0]!.slice(0, 7)}-01`;
  const to = dates.at(-1)!;
  const within = (on: string) => on >= from && on <= to;
  const marks: BreachMark[] = [];
  for (const breach of breaches) {
    if (breach.accountId !== accountId) continue;
    if (within(breach.occurredOn)) marks.push({ breachId: breach.id, kind: 'breach', on: breach.occurredOn, direction: breach.direction });
    const back = breach.recovery.recoveredOn;
    if (back !== null && back !== breach.occurredOn && within(back)) marks.push({ breachId: breach.id, kind: 'recovered', on: back, direction: breach.direction });
  }
  return marks.sort((a, b) => a.on.localeCompare(b.on) || a.breachId.localeCompare(b.breachId));
}
