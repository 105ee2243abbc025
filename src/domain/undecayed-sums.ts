import { entryWeight } from './evidence.ts';
import { effectiveEntries, type LedgerEntry } from './ledger-entry.ts';
import type { Parameters } from './parameters.ts';
import type { Foundation } from './vocabulary.ts';

/**
 * The ledger's totals before forgetting: per foundation, the deposits' amounts less the
 * withdrawals' weights (|amount| · L, · K when intentional), over the entries that count. What a
 * bookkeeper sees when adding up the journal; the decayed figures (evidence.ts) weigh the same
 * entries by their age.
 */
export function undecayedByFoundation(entries: readonly LedgerEntry[], parameters: Parameters): Map<Foundation, number> {
  const sums = new Map<Foundation, number>();
  for (const entry of effectiveEntries(entries)) {
    sums.set(entry.foundation, (sums.get(entry.foundation) ?? 0) + signedWeight(entry, parameters));
  }
  return sums;
}

/** An entry's undecayed weight with its sign: positive for a deposit, negative for a withdrawal. */
export function signedWeight(entry: Pick<LedgerEntry, 'amount' | 'intent'>, parameters: Parameters): number {
  return Math.sign(entry.amount) * entryWeight(entry, parameters);
}
