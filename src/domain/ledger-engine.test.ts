import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAccount } from './account-reading.ts';
import { dayNumber, type IsoDate } from './calendar.ts';
import { evidenceByFoundation } from './evidence.ts';
import { EntryColumnsBuilder, FOUNDATION_INDEX, readAccounts, scaleEntries } from './ledger-engine.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { DEFAULT_PARAMETERS, type Parameters } from './parameters.ts';
import { DIMENSIONS } from './vocabulary.ts';
import { deposit, ledgerArb, NEAR_LAST, parametersArb, relativelyClose, withdrawal, isoDateArb } from './arbitraries.ts';

/** The product dates a reversal on its original's day and copies its intent (record-entries.ts). */
function asStored(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return entries.map((e) => {
    if (e.reverses === null) return e;
    const original = byId.get(e.reverses)!;
    return { ...e, occurredOn: original.occurredOn, intent: original.intent };
  });
}

function columnsOf(ledgers: readonly (readonly LedgerEntry[])[]) {
  const builder = new EntryColumnsBuilder(1);
  ledgers.forEach((entries, account) => {
    for (const e of entries) {
      builder.push(account, dayNumber(e.occurredOn), FOUNDATION_INDEX.get(e.foundation)!, e.amount, e.intent === 'intentional', e.reverses !== null);
    }
  });
  return builder.build();
}

function expectClose(actual: number, expected: number, what: string): void {
  if (!relativelyClose(actual, expected)) expect.fail(`${what}: engine ${actual}, account reading ${expected}`);
}

describe('the ledger engine', () => {
  it('reads one deposit of 3 today as r = 3, s = 0, T = 80 (worked example 1)', () => {
    const today: IsoDate = '2026-06-30';
    const columns = columnsOf([[deposit('e1', today, 'competence', 3)]]);
    const figures = readAccounts(scaleEntries(columns, 1, DEFAULT_PARAMETERS), dayNumber(today), DEFAULT_PARAMETERS, Float64Array.of(0.5));
    expect(figures.r[0]).toBeCloseTo(3, 12);
    expect(figures.s[0]).toBe(0);
    expect(figures.trustLevel[0]).toBeCloseTo(80, 10);
    // competence is a professional foundation: that leg holds the deposit, the others are empty.
    expect(figures.legTrustLevel[DIMENSIONS.indexOf('professional')]).toBeCloseTo(80, 10);
    expect(figures.legTrustLevel[DIMENSIONS.indexOf('intentional')]).toBe(50);
  });

  it('weighs an intentional withdrawal by L·K and leaves entries after the reading date out', () => {
    const columns = columnsOf([[withdrawal('w1', '2026-01-01', 'honesty', 2, 'intentional'), deposit('d1', '2026-02-01', 'honesty', 5)]]);
    const scaled = scaleEntries(columns, 1, DEFAULT_PARAMETERS);
    const figures = readAccounts(scaled, dayNumber('2026-01-01'), DEFAULT_PARAMETERS, Float64Array.of(0.5));
    expect(figures.s[0]).toBeCloseTo(2 * 2.25 * 2, 10);
    expect(figures.r[0]).toBe(0);
  });

  it('cancels a reversed entry exactly as the batch form does', () => {
    const original = deposit('e1', '2026-03-01', 'fairness', 4);
    const reversal: LedgerEntry = { ...original, id: 'x1', amount: -4, reverses: 'e1' };
    const figures = readAccounts(scaleEntries(columnsOf([[original, reversal]]), 1, DEFAULT_PARAMETERS), dayNumber('2026-06-30'), DEFAULT_PARAMETERS, Float64Array.of(0.5));
    expect(figures.r[0]).toBe(0);
    expect(figures.trustLevel[0]).toBe(50);
  });

  it('agrees with the account reading of every account, legs included, for random ledgers and parameters', () => {
    fc.assert(
      fc.property(
        fc.array(ledgerArb({ maxEntries: 15 }), { minLength: 1, maxLength: 6 }),
        isoDateArb({ min: '2015-01-01', max: NEAR_LAST }),
        parametersArb(),
        fc.array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (ledgers, asOf, parameters: Parameters, rates) => {
          const stored = ledgers.map(asStored);
          const baseRate = Float64Array.from(stored, (_, a) => rates[a]!);
          const figures = readAccounts(scaleEntries(columnsOf(stored), stored.length, parameters), dayNumber(asOf), parameters, baseRate);
          stored.forEach((entries, a) => {
            const reading = readAccount(evidenceByFoundation(entries, asOf, parameters), asOf, parameters, baseRate[a]!);
            expectClose(figures.r[a]!, reading.r, `account ${a} r`);
            expectClose(figures.s[a]!, reading.s, `account ${a} s`);
            expectClose(figures.trustLevel[a]!, reading.trustLevel, `account ${a} T`);
            DIMENSIONS.forEach((d, leg) => {
              expectClose(figures.legR[a * 3 + leg]!, reading.legs[d].r, `account ${a} ${d} r`);
              expectClose(figures.legS[a * 3 + leg]!, reading.legs[d].s, `account ${a} ${d} s`);
              expectClose(figures.legTrustLevel[a * 3 + leg]!, reading.legs[d].trustLevel, `account ${a} ${d} T`);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
