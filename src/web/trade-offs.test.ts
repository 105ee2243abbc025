import { describe, expect, it } from 'vitest';
import type { AccountChange, OptionOutcome } from './decisions-api.ts';
import { tradeOffRows, trend } from './trade-offs.ts';

const change = (accountId: string, trustBefore: number, trustAfter: number): AccountChange => ({
  accountId,
  stakeholderId: `s-${accountId}`,
  direction: 'received',
  trustBefore,
  trustAfter,
  balanceBefore: 0,
  balanceAfter: 0,
  bandBefore: 'neutral',
  bandAfter: 'neutral',
});
const outcome = (...changes: AccountChange[]): OptionOutcome => ({ changes, socialCapitalChange: 0, worstOff: null, gainers: 0, losers: 0 });

describe('tradeOffRows', () => {
  it('lists every account once, in the order the options first name them, with each option’s change or none', () => {
    const rows = tradeOffRows([outcome(change('a', 50, 60), change('b', 50, 40)), outcome(change('c', 50, 55), change('a', 50, 45))]);
    expect(rows.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(rows[0]!.changes.map((c) => c?.trustAfter)).toEqual([60, 45]);
    expect(rows[1]!.changes[1]).toBeNull();
    expect(rows[2]!.stakeholderId).toBe('s-c');
  });
});

describe('trend', () => {
  it('reads the change at whole points', () => {
    expect(trend(change('a', 50, 50.4))).toBe('none');
    expect(trend(change('a', 50, 51))).toBe('up');
    expect(trend(change('a', 50, 48.6))).toBe('down');
    expect(trend(null)).toBe('none');
  });
});
