import { daysBetween, type IsoDate } from './calendar.ts';
import { effectiveEntries, type LedgerEntry } from './ledger-entry.ts';
import type { Parameters } from './parameters.ts';
import { DIMENSIONS, FOUNDATIONS, dimensionOf, type Dimension, type Foundation } from './vocabulary.ts';

/** Decayed evidence: `r` for trust (deposits), `s` against it (weighted withdrawals). */
export interface Evidence {
  readonly r: number;
  readonly s: number;
}

export const NO_EVIDENCE: Evidence = Object.freeze({ r: 0, s: 0 });

export function addEvidence(a: Evidence, b: Evidence): Evidence {
  return { r: a.r + b.r, s: a.s + b.s };
}

/** Evidence of one account split by foundation; legs and totals are sums of these. */
export type FoundationEvidence = Readonly<Record<Foundation, Evidence>>;

export function emptyFoundationEvidence(): Record<Foundation, Evidence> {
  return Object.fromEntries(FOUNDATIONS.map((f) => [f, NO_EVIDENCE])) as Record<Foundation, Evidence>;
}

/**
 * The undecayed weight of an entry: a deposit counts its amount; a withdrawal its size times the
 * withdrawal weight L, and times K more when it was intentional.
 */
export function entryWeight(entry: Pick<LedgerEntry, 'amount' | 'intent'>, parameters: Parameters): number {
  if (entry.amount > 0) return entry.amount;
  const intentFactor = entry.intent === 'intentional' ? parameters.intentionalFactor : 1;
  return -entry.amount * parameters.withdrawalWeight * intentFactor;
}

export function halfLifeOf(amount: number, parameters: Parameters): number {
  return amount > 0 ? parameters.depositHalfLifeDays : parameters.withdrawalHalfLifeDays;
}

/**
 * The batch form: evidence per foundation as of `asOf`, straight from the definition —
 * every effective entry on or before `asOf`, decayed by its age. O(entries); the reference the
 * running sums (scaled-sums.ts) are tested against.
 */
export function evidenceByFoundation(
  entries: readonly LedgerEntry[],
  asOf: IsoDate,
  parameters: Parameters,
): FoundationEvidence {
  const result = emptyFoundationEvidence();
  for (const entry of effectiveEntries(entries)) {
    const age = daysBetween(entry.occurredOn, asOf);
    if (age < 0) continue;
    const decayed = entryWeight(entry, parameters) * 2 ** (-age / halfLifeOf(entry.amount, parameters));
    const current = result[entry.foundation];
    result[entry.foundation] =
      entry.amount > 0 ? { r: current.r + decayed, s: current.s } : { r: current.r, s: current.s + decayed };
  }
  return result;
}

export function totalEvidence(byFoundation: FoundationEvidence): Evidence {
  return FOUNDATIONS.reduce((sum, f) => addEvidence(sum, byFoundation[f]), NO_EVIDENCE);
}

export function evidenceByDimension(byFoundation: FoundationEvidence): Record<Dimension, Evidence> {
  const legs = Object.fromEntries(DIMENSIONS.map((d) => [d, NO_EVIDENCE])) as Record<Dimension, Evidence>;
  for (const f of FOUNDATIONS) legs[dimensionOf(f)] = addEvidence(legs[dimensionOf(f)], byFoundation[f]);
  return legs;
}
