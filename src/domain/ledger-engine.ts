import { dayNumber } from './calendar.ts';
import type { Parameters } from './parameters.ts';
import { SCALE_EPOCH } from './scaled-sums.ts';
import { DIMENSIONS, FOUNDATIONS, dimensionOf, type Foundation } from './vocabulary.ts';

/**
 * The ledger math for a whole organisation at once, on typed arrays: every account's evidence,
 * trust level and legs as of a date in one pass over the entries. It is the same math as
 * evidence.ts and account-reading.ts (the tests hold the two to 1e-9), laid out so that a million
 * entries take a few milliseconds: no object per entry, no string per entry, one array slot per
 * (account, foundation, sign).
 *
 * Worked example (docs/model.md, example 1): one account, one deposit of 3 on competence today →
 * `scaleEntries` gives it w* = 3 · 2^((today − 2000-01-01)/365); `readAccounts` as of today
 * multiplies back by 2^(−(today − 2000-01-01)/365), so r = 3, s = 0 and T = 100 · (3 + 0.5 · 2)/5 = 80.
 */

/** The entries of an organisation as columns, one index per entry. */
export interface EntryColumns {
  readonly count: number;
  /** Which account, as an index 0 … accounts − 1 the caller chose. */
  readonly account: Int32Array;
  /** `dayNumber(occurredOn)`. */
  readonly day: Int32Array;
  /** Index into FOUNDATIONS. */
  readonly foundation: Uint8Array;
  /** −5 … 5 without 0; a reversal carries its original's amount negated, as the ledger stores it. */
  readonly amount: Int8Array;
  /** 1 when the withdrawal (or, for a reversal, the withdrawal it reverses) was intentional. */
  readonly intentional: Uint8Array;
  /** 1 when the entry reverses another. */
  readonly reversal: Uint8Array;
}

/** Growable columns for loaders that do not know the count in advance. */
export class EntryColumnsBuilder {
  private size = 0;
  private columns: { account: Int32Array; day: Int32Array; foundation: Uint8Array; amount: Int8Array; intentional: Uint8Array; reversal: Uint8Array };

  constructor(capacity = 1024) {
    this.columns = EntryColumnsBuilder.allocate(Math.max(1, capacity));
  }

  private static allocate(capacity: number) {
    return {
      account: new Int32Array(capacity),
      day: new Int32Array(capacity),
      foundation: new Uint8Array(capacity),
      amount: new Int8Array(capacity),
      intentional: new Uint8Array(capacity),
      reversal: new Uint8Array(capacity),
    };
  }

  push(account: number, day: number, foundation: number, amount: number, intentional: boolean, reversal: boolean): void {
    if (this.size === this.columns.account.length) {
      const grown = EntryColumnsBuilder.allocate(this.size * 2);
      for (const key of Object.keys(grown) as (keyof typeof grown)[]) grown[key].set(this.columns[key] as never);
      this.columns = grown;
    }
    const i = this.size++;
    this.columns.account[i] = account;
    this.columns.day[i] = day;
    this.columns.foundation[i] = foundation;
    this.columns.amount[i] = amount;
    this.columns.intentional[i] = intentional ? 1 : 0;
    this.columns.reversal[i] = reversal ? 1 : 0;
  }

  build(): EntryColumns {
    const n = this.size;
    const c = this.columns;
    return {
      count: n,
      account: c.account.subarray(0, n),
      day: c.day.subarray(0, n),
      foundation: c.foundation.subarray(0, n),
      amount: c.amount.subarray(0, n),
      intentional: c.intentional.subarray(0, n),
      reversal: c.reversal.subarray(0, n),
    };
  }
}

export const FOUNDATION_INDEX: ReadonlyMap<Foundation, number> = new Map(FOUNDATIONS.map((f, i) => [f, i]));
const DIMENSION_OF_FOUNDATION = Int8Array.from(FOUNDATIONS, (f) => DIMENSIONS.indexOf(dimensionOf(f)));
const EPOCH_DAY = dayNumber(SCALE_EPOCH);
/** Slots per account: a deposit and a withdrawal sum per foundation. */
const SLOTS = FOUNDATIONS.length * 2;

/**
 * Each entry's weight scaled to the epoch, and the slot it adds to: what the running sums store,
 * computed once per parameter version. A reversal adds its original's w* negated to its original's
 * slot, so the pair cancels for every reading on or after their (shared) date.
 */
export interface ScaledEntries {
  readonly slot: Int32Array;
  readonly weight: Float64Array;
  readonly day: Int32Array;
  readonly accounts: number;
  /** The newest entry's day: a reading on or after it needs no date test per entry. */
  readonly lastDay: number;
}

export function scaleEntries(columns: EntryColumns, accounts: number, parameters: Parameters): ScaledEntries {
  const { count, account, day, foundation, amount, intentional, reversal } = columns;
  const slot = new Int32Array(count);
  const weight = new Float64Array(count);
  // Entries share few dates: each date's two scale factors are computed once, not per entry.
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    if (day[i]! < first) first = day[i]!;
    if (day[i]! > last) last = day[i]!;
  }
  const span = count === 0 ? 0 : last - first + 1;
  const depositScale = new Float64Array(span);
  const withdrawalScale = new Float64Array(span);
  for (let d = 0; d < span; d++) {
    depositScale[d] = 2 ** ((first + d - EPOCH_DAY) / parameters.depositHalfLifeDays);
    withdrawalScale[d] = 2 ** ((first + d - EPOCH_DAY) / parameters.withdrawalHalfLifeDays);
  }
  const withdrawalWeight = parameters.withdrawalWeight;
  const intentionalWeight = parameters.withdrawalWeight * parameters.intentionalFactor;
  // Entries laid out account by account (a counting sort): a reading then adds into one account's
  // slots after another instead of jumping across megabytes of them, several times faster.
  const position = new Int32Array(accounts + 1);
  for (let i = 0; i < count; i++) position[account[i]! + 1] = position[account[i]! + 1]! + 1;
  for (let a = 0; a < accounts; a++) position[a + 1] = position[a + 1]! + position[a]!;
  const sortedDay = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const at = position[account[i]!]!;
    position[account[i]!] = at + 1;
    const original = reversal[i] === 1 ? -amount[i]! : amount[i]!;
    const d = day[i]! - first;
    const w =
      original > 0
        ? original * depositScale[d]!
        : -original * (intentional[i] === 1 ? intentionalWeight : withdrawalWeight) * withdrawalScale[d]!;
    weight[at] = reversal[i] === 1 ? -w : w;
    slot[at] = account[i]! * SLOTS + foundation[i]! * 2 + (original > 0 ? 0 : 1);
    sortedDay[at] = day[i]!;
  }
  return { slot, weight, day: sortedDay, accounts, lastDay: last };
}

/**
 * Every account's figures as of a date, as columns indexed by account: the whole account in
 * `r`, `s`, `trustLevel`; its legs in `legR`, `legS`, `legTrustLevel` at `account · 3 + leg`
 * (legs in DIMENSIONS order). Balance is `r − s`; uncertainty `priorWeight / (r + s + priorWeight)`.
 */
export interface AccountFigures {
  readonly r: Float64Array;
  readonly s: Float64Array;
  readonly trustLevel: Float64Array;
  readonly legR: Float64Array;
  readonly legS: Float64Array;
  readonly legTrustLevel: Float64Array;
}

/**
 * Reads every account as of `asOfDay` (a day number): entries after it do not count. `baseRate`
 * holds each account's base rate a (its stakeholder category's, see `baseRateFor`).
 */
export function readAccounts(entries: ScaledEntries, asOfDay: number, parameters: Parameters, baseRate: Float64Array): AccountFigures {
  const { slot, weight, day, accounts } = entries;
  const sums = new Float64Array(accounts * SLOTS);
  if (asOfDay >= entries.lastDay) {
    for (let i = 0; i < slot.length; i++) {
      const k = slot[i]!;
      sums[k] = sums[k]! + weight[i]!;
    }
  } else {
    for (let i = 0; i < slot.length; i++) {
      if (day[i]! <= asOfDay) {
        const k = slot[i]!;
        sums[k] = sums[k]! + weight[i]!;
      }
    }
  }
  const elapsed = asOfDay - EPOCH_DAY;
  const depositDecay = 2 ** (-elapsed / parameters.depositHalfLifeDays);
  const withdrawalDecay = 2 ** (-elapsed / parameters.withdrawalHalfLifeDays);
  const prior = parameters.priorWeight;
  const r = new Float64Array(accounts);
  const s = new Float64Array(accounts);
  const trustLevel = new Float64Array(accounts);
  const legR = new Float64Array(accounts * 3);
  const legS = new Float64Array(accounts * 3);
  const legTrustLevel = new Float64Array(accounts * 3);
  for (let a = 0; a < accounts; a++) {
    const base = a * SLOTS;
    for (let f = 0; f < FOUNDATIONS.length; f++) {
      // Cancelled pairs can leave a rounding residue just below zero; evidence is never negative.
      const deposits = sums[base + 2 * f]!;
      const withdrawals = sums[base + 2 * f + 1]!;
      const leg = a * 3 + DIMENSION_OF_FOUNDATION[f]!;
      if (deposits > 0) legR[leg] = legR[leg]! + deposits * depositDecay;
      if (withdrawals > 0) legS[leg] = legS[leg]! + withdrawals * withdrawalDecay;
    }
    const a0 = baseRate[a]!;
    let ra = 0;
    let sa = 0;
    for (let leg = a * 3; leg < a * 3 + 3; leg++) {
      ra += legR[leg]!;
      sa += legS[leg]!;
      legTrustLevel[leg] = trustLevelOf(legR[leg]!, legS[leg]!, prior, a0);
    }
    r[a] = ra;
    s[a] = sa;
    trustLevel[a] = trustLevelOf(ra, sa, prior, a0);
  }
  return { r, s, trustLevel, legR, legS, legTrustLevel };
}

/** T = 100 · (b + a·u) with b = r/(r+s+W), u = W/(r+s+W): opinion.ts's formula, without the object. */
function trustLevelOf(r: number, s: number, prior: number, baseRate: number): number {
  return (100 * (r + baseRate * prior)) / (r + s + prior);
}
