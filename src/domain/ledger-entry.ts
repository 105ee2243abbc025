import type { IsoDate } from './calendar.ts';
import type { Foundation, Intent } from './vocabulary.ts';

/**
 * What the ledger math needs of an entry. A reversing entry names the entry it reverses in
 * `reverses`; the pair then drops out of every computation (see `effectiveEntries`).
 */
export interface LedgerEntry {
  readonly id: string;
  readonly occurredOn: IsoDate;
  readonly foundation: Foundation;
  /** −5…−1 for a withdrawal, 1…5 for a deposit. */
  readonly amount: number;
  /** Only meaningful for withdrawals; `null` for deposits. */
  readonly intent: Intent | null;
  readonly reverses: string | null;
}

/**
 * The entries that count: a reversal removes the entry it names as if the mistake never
 * happened, and the reversing entry itself carries no weight of its own.
 */
export function effectiveEntries<E extends LedgerEntry>(entries: readonly E[]): E[] {
  const reversed = new Set<string>();
  for (const entry of entries) if (entry.reverses !== null) reversed.add(entry.reverses);
  return entries.filter((entry) => entry.reverses === null && !reversed.has(entry.id));
}
