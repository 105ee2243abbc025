import type { AccountChange, OptionOutcome } from './decisions-api.ts';

/**
 * The rows of a trade-off table: every account any option moves, in the order the options first
 * name them, with each option's change of it (or none, when that option leaves it alone).
 */
export interface TradeOffRow {
  readonly key: string;
  readonly stakeholderId: string;
  readonly direction: AccountChange['direction'];
  readonly changes: readonly (AccountChange | null)[];
}

export function tradeOffRows(outcomes: readonly OptionOutcome[]): TradeOffRow[] {
  const keys: string[] = [];
  const first = new Map<string, AccountChange>();
  for (const outcome of outcomes) {
    for (const change of outcome.changes) {
      if (!first.has(change.accountId)) {
        keys.push(change.accountId);
        first.set(change.accountId, change);
      }
    }
  }
  return keys.map((accountId) => {
    const { stakeholderId, direction } = first.get(accountId)!;
    return {
      key: accountId,
      stakeholderId,
      direction,
      changes: outcomes.map((outcome) => outcome.changes.find((c) => c.accountId === accountId) ?? null),
    };
  });
}

/** Whether a change raises, lowers or keeps the trust level, at the precision shown (whole points). */
export function trend(change: AccountChange | null): 'up' | 'down' | 'none' {
  if (!change) return 'none';
  const delta = Math.round(change.trustAfter) - Math.round(change.trustBefore);
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'none';
}
