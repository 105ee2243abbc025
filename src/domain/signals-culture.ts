/**
 * The culture pattern: withdrawals on one foundation across several accounts within a short
 * window. What goes wrong with many stakeholders at once is no incident but a habit — "the way we
 * do it here" — and asks for an answer from the organisation, not from one relation's owner.
 */
import type { IsoDate } from './calendar.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import {
  chronological,
  entriesAsOf,
  withdrawalsWithin,
} from './signal-helpers.ts';
import {
  CULTURE_PATTERN_HIGH_FROM,
  CULTURE_PATTERN_MIN_ACCOUNTS,
  CULTURE_PATTERN_WINDOW_DAYS,
  type Signal,
  type SignalAccountInput,
} from './signal-model.ts';
import { SIGNAL_TEXTS } from './signal-texts.ts';
import { FOUNDATIONS, dimensionOf } from './vocabulary.ts';

/**
 * One signal per foundation with recent withdrawals on at least three distinct accounts. Both
 * directions count; so do the two accounts of one relation, as two accounts.
 */
export function culturePatterns(accounts: readonly SignalAccountInput[], asOf: IsoDate): Signal[] {
  const recent = accounts.map((account) => ({
    account,
    withdrawals: withdrawalsWithin(entriesAsOf(account.entries, asOf), asOf, CULTURE_PATTERN_WINDOW_DAYS),
  }));
  return FOUNDATIONS.flatMap((foundation): Signal[] => {
    const involved = new Map<string, { account: SignalAccountInput; hits: LedgerEntry[] }>();
    for (const { account, withdrawals } of recent) {
      const hits = withdrawals.filter((e) => e.foundation === foundation);
      if (hits.length === 0 || involved.has(account.accountId)) continue;
      involved.set(account.accountId, { account, hits });
    }
    const count = involved.size;
    if (count < CULTURE_PATTERN_MIN_ACCOUNTS) return [];
    const members = [...involved.values()];
    const evidence = chronological(members.flatMap((m) => m.hits)).map((e) => e.id);
    return [
      {
        key: `culture_pattern:${foundation}`,
        kind: 'culture_pattern',
        severity: count >= CULTURE_PATTERN_HIGH_FROM ? 'high' : 'medium',
        measure: count,
        stakeholderId: null,
        relationId: null,
        accountId: null,
        accountIds: members.map((m) => m.account.accountId),
        importance: Math.max(...members.map((m) => m.account.importance)),
        foundation,
        dimension: dimensionOf(foundation),
        evidence,
        facts: {
          accounts: count,
          stakeholders: new Set(members.map((m) => m.account.stakeholderId)).size,
          withdrawals: evidence.length,
          windowDays: CULTURE_PATTERN_WINDOW_DAYS,
        },
        ...SIGNAL_TEXTS.culture_pattern({ foundation, accounts: count, windowDays: CULTURE_PATTERN_WINDOW_DAYS }),
      },
    ];
  });
}
