/**
 * Test support for the domain: fast-check arbitraries (random ledgers, random parameters) and the
 * few helpers the tests share (entry builders, replaying a ledger into running sums, a relative
 * comparison). Used by the `*.test.ts` files only; nothing in the product imports this file.
 */
import fc from 'fast-check';
import { addDays, dayNumber, fromDayNumber, FIRST_DATE, LAST_DATE, type IsoDate } from './calendar.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { PARAMETER_LIMITS, type Parameters } from './parameters.ts';
import {
  accumulate,
  reversalContribution,
  scaledContribution,
  type ScaledContribution,
  type ScaledSum,
} from './scaled-sums.ts';
import { FOUNDATIONS, INTENTS, STAKEHOLDER_CATEGORIES, type Foundation, type Intent } from './vocabulary.ts';

/* ------------------------------------------------------------------ dates */

/** A sensible window for everyday ledgers. */
export const NEAR_FIRST: IsoDate = '2015-01-01';
export const NEAR_LAST: IsoDate = '2030-12-31';

export interface DateRange {
  readonly min: IsoDate;
  readonly max: IsoDate;
}
export const NEAR_RANGE: DateRange = { min: NEAR_FIRST, max: NEAR_LAST };
/** Everything the ledger accepts, for stressing the limits. */
export const FULL_RANGE: DateRange = { min: FIRST_DATE, max: LAST_DATE };

export function isoDateArb(range: DateRange = NEAR_RANGE): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: dayNumber(range.min), max: dayNumber(range.max) }).map(fromDayNumber);
}

/** A date `0…maxDays` days after `date`, never past LAST_DATE. */
export function dateOnOrAfterArb(date: IsoDate, maxDays = 3 * 365): fc.Arbitrary<IsoDate> {
  const room = Math.max(0, Math.min(maxDays, dayNumber(LAST_DATE) - dayNumber(date)));
  return fc.integer({ min: 0, max: room }).map((days) => addDays(date, days));
}

/* ---------------------------------------------------------------- entries */

export const foundationArb: fc.Arbitrary<Foundation> = fc.constantFrom(...FOUNDATIONS);
export const intentArb: fc.Arbitrary<Intent> = fc.constantFrom(...INTENTS);
export const depositAmountArb = fc.integer({ min: 1, max: 5 });
export const withdrawalAmountArb = fc.integer({ min: -5, max: -1 });
export const amountArb = fc.oneof(depositAmountArb, withdrawalAmountArb);

/** What an entry says before it gets an id: the fields the math reads. */
export interface EntryFacts {
  readonly occurredOn: IsoDate;
  readonly foundation: Foundation;
  readonly amount: number;
  readonly intent: Intent | null;
}

export interface EntryOptions {
  readonly range?: DateRange;
  /** Restrict to deposits or withdrawals; both when absent. */
  readonly kind?: 'deposit' | 'withdrawal';
}

export function entryFactsArb(options: EntryOptions = {}): fc.Arbitrary<EntryFacts> {
  const amounts =
    options.kind === 'deposit' ? depositAmountArb : options.kind === 'withdrawal' ? withdrawalAmountArb : amountArb;
  return fc
    .record({
      occurredOn: isoDateArb(options.range),
      foundation: foundationArb,
      amount: amounts,
      intent: intentArb,
    })
    .map((facts) => ({ ...facts, intent: facts.amount > 0 ? null : facts.intent }));
}

export function entry(id: string, facts: EntryFacts, reverses: string | null = null): LedgerEntry {
  return { id, ...facts, reverses };
}

/** The entry that corrects `original`: it names it, and mirrors its amount. */
export function reversalOf(original: LedgerEntry, id: string, occurredOn: IsoDate = original.occurredOn): LedgerEntry {
  const amount = -original.amount;
  return {
    id,
    occurredOn,
    foundation: original.foundation,
    amount,
    intent: amount > 0 ? null : 'unknown',
    reverses: original.id,
  };
}

export function deposit(id: string, occurredOn: IsoDate, foundation: Foundation, amount: number): LedgerEntry {
  return { id, occurredOn, foundation, amount, intent: null, reverses: null };
}

export function withdrawal(
  id: string,
  occurredOn: IsoDate,
  foundation: Foundation,
  amount: number,
  intent: Intent,
): LedgerEntry {
  return { id, occurredOn, foundation, amount: -Math.abs(amount), intent, reverses: null };
}

/* ---------------------------------------------------------------- ledgers */

export interface LedgerOptions extends EntryOptions {
  readonly minEntries?: number;
  readonly maxEntries?: number;
  /** Whether some entries get reversed (each at most once, never a reversal of a reversal). */
  readonly reversals?: boolean;
}

/**
 * A ledger in recording order: original entries `e0, e1, …` and, when `reversals` is on, reversing
 * entries `x<i>` that each name one earlier original, placed somewhere after it and dated on or
 * after it (as the store would record them).
 */
export function ledgerArb(options: LedgerOptions = {}): fc.Arbitrary<LedgerEntry[]> {
  const plan = fc.record({
    reverse: options.reversals === false ? fc.constant(false) : fc.nat({ max: 3 }).map((n) => n === 0),
    delayDays: fc.integer({ min: 0, max: 400 }),
    later: fc.nat({ max: 50 }),
  });
  return fc
    .array(fc.tuple(entryFactsArb(options), plan), {
      minLength: options.minEntries ?? 0,
      maxLength: options.maxEntries ?? 25,
      size: 'max', // lengths spread over the whole range, not only short ledgers
    })
    .map((rows) => {
      const keyed: { key: number; entry: LedgerEntry }[] = [];
      rows.forEach(([facts, p], i) => {
        const original = entry(`e${i}`, facts);
        keyed.push({ key: i, entry: original });
        if (p.reverse) {
          const room = dayNumber(LAST_DATE) - dayNumber(facts.occurredOn);
          const when = addDays(facts.occurredOn, Math.min(p.delayDays, room));
          keyed.push({ key: i + 0.5 + p.later, entry: reversalOf(original, `x${i}`, when) });
        }
      });
      return keyed.sort((a, b) => a.key - b.key).map((k) => k.entry);
    });
}

/** The newest date in a ledger (reversals included), or `null` for an empty one. */
export function latestDate(entries: readonly LedgerEntry[]): IsoDate | null {
  return entries.reduce<IsoDate | null>(
    (latest, e) => (latest === null || e.occurredOn > latest ? e.occurredOn : latest),
    null,
  );
}

/** A ledger together with a reading date on or after all its entries. */
export function ledgerWithAsOfArb(
  options: LedgerOptions = {},
  maxDaysAfter = 3 * 365,
): fc.Arbitrary<{ entries: LedgerEntry[]; asOf: IsoDate }> {
  return ledgerArb(options).chain((entries) => {
    const start = latestDate(entries) ?? options.range?.min ?? NEAR_FIRST;
    return dateOnOrAfterArb(start, maxDaysAfter).map((asOf) => ({ entries, asOf }));
  });
}

/* ------------------------------------------------------------- parameters */

function within(limit: { readonly min: number; readonly max: number }): fc.Arbitrary<number> {
  return fc.double({ min: limit.min, max: limit.max, noNaN: true });
}

/** Any parameters inside PARAMETER_LIMITS, sometimes with a base rate for a category or two. */
export function parametersArb(): fc.Arbitrary<Parameters> {
  return fc.record({
    depositHalfLifeDays: within(PARAMETER_LIMITS.depositHalfLifeDays),
    withdrawalHalfLifeDays: within(PARAMETER_LIMITS.withdrawalHalfLifeDays),
    withdrawalWeight: within(PARAMETER_LIMITS.withdrawalWeight),
    intentionalFactor: within(PARAMETER_LIMITS.intentionalFactor),
    priorWeight: within(PARAMETER_LIMITS.priorWeight),
    baseRate: within(PARAMETER_LIMITS.baseRate),
    baseRateByCategory: fc.dictionary(fc.constantFrom(...STAKEHOLDER_CATEGORIES), within(PARAMETER_LIMITS.baseRate), {
      maxKeys: 3,
    }),
  });
}

/* ---------------------------------------------------------------- helpers */

/**
 * Records a ledger the way the store does, one entry at a time: an entry adds its own scaled
 * weight; a reversal takes the reversed entry's scaled weight back out of that entry's bucket.
 */
export function replayIntoScaledSums(
  entries: readonly LedgerEntry[],
  parameters: Parameters,
  start: readonly ScaledSum[] = [],
): ScaledSum[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  let sums: ScaledSum[] = [...start];
  for (const e of entries) {
    let contribution: ScaledContribution;
    if (e.reverses === null) {
      contribution = scaledContribution(e, parameters);
    } else {
      const reversed = byId.get(e.reverses);
      if (reversed === undefined) throw new Error(`${e.id} reverses unknown entry ${e.reverses}`);
      contribution = reversalContribution(reversed, parameters);
    }
    sums = accumulate(sums, [contribution]);
  }
  return sums;
}

/** |a − b| ≤ tolerance · max(1, |a|, |b|): relative for large values, absolute near zero. */
export function relativelyClose(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}
