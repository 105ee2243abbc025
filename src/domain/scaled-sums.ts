import { dayNumber, type IsoDate } from './calendar.ts';
import {
  emptyFoundationEvidence,
  entryWeight,
  halfLifeOf,
  type FoundationEvidence,
} from './evidence.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import type { Parameters } from './parameters.ts';
import type { Foundation } from './vocabulary.ts';

/**
 * The additive form of the decayed sums. Decay is exponential, so an entry's weight can be scaled
 * once to a fixed epoch, `w* = weight · 2^((occurredOn − epoch)/H)`, and for any date `t` on or
 * after the newest entry
 *
 *     r(t) = 2^(−(t − epoch)/H) · Σ w*
 *
 * A plain running sum per (account, foundation, sign) therefore gives every current balance in
 * O(1), and recording an entry only adds to one sum. A reversal subtracts the reversed entry's own
 * `w*` from the reversed entry's bucket, so the pair cancels exactly.
 */
export const SCALE_EPOCH: IsoDate = '2000-01-01';
const EPOCH_DAY = dayNumber(SCALE_EPOCH);

export type Sign = 'deposit' | 'withdrawal';

/** One running sum: the scaled weights of one account's entries on one foundation and sign. */
export interface ScaledSum {
  readonly foundation: Foundation;
  readonly sign: Sign;
  readonly scaledSum: number;
  /** The newest `occurredOn` that ever went into this sum; readings must not be earlier. */
  readonly latestOccurredOn: IsoDate;
}

export interface ScaledContribution {
  readonly foundation: Foundation;
  readonly sign: Sign;
  readonly scaledWeight: number;
  readonly occurredOn: IsoDate;
}

/** What an entry adds to its running sum. */
export function scaledContribution(
  entry: Pick<LedgerEntry, 'amount' | 'intent' | 'foundation' | 'occurredOn'>,
  parameters: Parameters,
): ScaledContribution {
  const halfLife = halfLifeOf(entry.amount, parameters);
  const scale = 2 ** ((dayNumber(entry.occurredOn) - EPOCH_DAY) / halfLife);
  return {
    foundation: entry.foundation,
    sign: entry.amount > 0 ? 'deposit' : 'withdrawal',
    scaledWeight: entryWeight(entry, parameters) * scale,
    occurredOn: entry.occurredOn,
  };
}

/** What a reversal does to the running sums: take the reversed entry's contribution back out. */
export function reversalContribution(
  reversed: Pick<LedgerEntry, 'amount' | 'intent' | 'foundation' | 'occurredOn'>,
  parameters: Parameters,
): ScaledContribution {
  const original = scaledContribution(reversed, parameters);
  return { ...original, scaledWeight: -original.scaledWeight };
}

/** Adds contributions into running sums (the in-memory twin of the store's upsert). */
export function accumulate(
  sums: readonly ScaledSum[],
  contributions: readonly ScaledContribution[],
): ScaledSum[] {
  // Sums of its own, added to in place: an import accumulates a million contributions, and a new
  // object for each of them was a second of garbage. `sums` itself is never changed.
  const byKey = new Map<string, { -readonly [K in keyof ScaledSum]: ScaledSum[K] }>(sums.map((sum) => [`${sum.foundation}/${sum.sign}`, { ...sum }]));
  for (const c of contributions) {
    const key = `${c.foundation}/${c.sign}`;
    const current = byKey.get(key);
    if (current === undefined) {
      byKey.set(key, { foundation: c.foundation, sign: c.sign, scaledSum: c.scaledWeight, latestOccurredOn: c.occurredOn });
    } else {
      current.scaledSum += c.scaledWeight;
      if (c.occurredOn > current.latestOccurredOn) current.latestOccurredOn = c.occurredOn;
    }
  }
  return [...byKey.values()];
}

/** The newest date that went into any of the sums, or `null` when there are none. */
export function latestOccurredOn(sums: readonly ScaledSum[]): IsoDate | null {
  return sums.reduce<IsoDate | null>(
    (latest, sum) => (latest === null || sum.latestOccurredOn > latest ? sum.latestOccurredOn : latest),
    null,
  );
}

/**
 * Evidence per foundation as of `asOf` from the running sums. Only valid on or after every date
 * that went into them; earlier dates need the entries themselves (evidence.ts).
 */
export function evidenceFromScaledSums(
  sums: readonly ScaledSum[],
  asOf: IsoDate,
  parameters: Parameters,
): FoundationEvidence {
  const latest = latestOccurredOn(sums);
  if (latest !== null && asOf < latest) {
    throw new RangeError(`running sums hold entries up to ${latest}; cannot read them as of ${asOf}`);
  }
  const elapsed = dayNumber(asOf) - EPOCH_DAY;
  const depositDecay = 2 ** (-elapsed / parameters.depositHalfLifeDays);
  const withdrawalDecay = 2 ** (-elapsed / parameters.withdrawalHalfLifeDays);
  const result = emptyFoundationEvidence();
  for (const sum of sums) {
    // Cancelled pairs can leave a rounding residue just below zero; evidence is never negative.
    const value = Math.max(0, sum.scaledSum);
    const current = result[sum.foundation];
    result[sum.foundation] =
      sum.sign === 'deposit'
        ? { r: current.r + value * depositDecay, s: current.s }
        : { r: current.r, s: current.s + value * withdrawalDecay };
  }
  return result;
}
