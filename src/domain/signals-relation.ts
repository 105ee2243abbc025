/**
 * Signals read from a relation, both of its accounts in view: trust running one way (reciprocity
 * gap) and trust fading for want of maintenance.
 */
import { daysBetween, type IsoDate } from './calendar.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import {
  aboutAccount,
  chronological,
  entriesAsOf,
  rounded,
  stepsUp,
} from './signal-helpers.ts';
import {
  FADING_HIGH_FROM_PERIODS,
  RECIPROCITY_GAP_HIGH_FROM,
  RECIPROCITY_GAP_MIN,
  RECIPROCITY_GAP_STEP,
  RECIPROCITY_MAX_UNCERTAINTY,
  type Signal,
  type SignalAccountInput,
} from './signal-model.ts';
import { SIGNAL_TEXTS } from './signal-texts.ts';

/** The accounts of one relation; either may be missing from the input. */
export interface RelationAccounts {
  readonly relationId: string;
  readonly received: SignalAccountInput | null;
  readonly given: SignalAccountInput | null;
}

/** Groups accounts by relation, relations in first-seen order; the first account per direction counts. */
export function byRelation(accounts: readonly SignalAccountInput[]): RelationAccounts[] {
  const relations = new Map<string, { received: SignalAccountInput | null; given: SignalAccountInput | null }>();
  for (const account of accounts) {
    const relation = relations.get(account.relationId) ?? { received: null, given: null };
    if (relation[account.direction] === null) relation[account.direction] = account;
    relations.set(account.relationId, relation);
  }
  return [...relations].map(([relationId, r]) => ({ relationId, ...r }));
}

function present(relation: RelationAccounts): SignalAccountInput[] {
  return [relation.received, relation.given].filter((a): a is SignalAccountInput => a !== null);
}

/**
 * |T received − T given| ≥ 25, when both accounts exist and neither is uncertain: trust given and
 * trust received reinforce each other, and a large gap between them wears one of the two down.
 */
export function reciprocityGap(relation: RelationAccounts): Signal[] {
  const { received, given } = relation;
  if (received === null || given === null) return [];
  if (
    received.reading.uncertainty > RECIPROCITY_MAX_UNCERTAINTY ||
    given.reading.uncertainty > RECIPROCITY_MAX_UNCERTAINTY
  ) {
    return [];
  }
  const difference = received.reading.trustLevel - given.reading.trustLevel;
  const gap = Math.abs(difference);
  if (gap < RECIPROCITY_GAP_MIN) return [];
  const higher = difference > 0 ? 'received' : 'given';
  return [
    {
      key: `reciprocity_gap:${relation.relationId}`,
      kind: 'reciprocity_gap',
      severity: gap >= RECIPROCITY_GAP_HIGH_FROM ? 'high' : 'medium',
      measure: stepsUp(gap, RECIPROCITY_GAP_STEP),
      stakeholderId: received.stakeholderId,
      relationId: relation.relationId,
      accountId: null,
      accountIds: [received.accountId, given.accountId],
      importance: Math.max(received.importance, given.importance),
      foundation: null,
      dimension: null,
      evidence: [],
      facts: {
        gap: rounded(gap, 1),
        received: rounded(received.reading.trustLevel, 1),
        given: rounded(given.reading.trustLevel, 1),
        higher,
      },
      ...SIGNAL_TEXTS.reciprocity_gap({ name: received.stakeholderName, gap, higher }),
    },
  ];
}

/** Whole cadence periods in `days`; a cadence below one day counts as one day. */
function periods(days: number, cadenceDays: number): number {
  return Math.floor(days / Math.max(1, cadenceDays));
}

function lastOf(ledger: readonly LedgerEntry[]): LedgerEntry | undefined {
  return chronological(ledger).at(-1);
}

/**
 * No effective entry for longer than the cadence while the account's good will decays (it holds
 * more evidence for than against, r > s). A relation with no entry at all on either account,
 * older than its cadence, raises one low signal for the relation instead.
 */
export function fading(relation: RelationAccounts, asOf: IsoDate): Signal[] {
  const accounts = present(relation);
  const first = accounts[0];
  if (first === undefined) return [];
  const ledgers = accounts.map((account) => ({ account, ledger: entriesAsOf(account.entries, asOf) }));

  if (ledgers.every(({ ledger }) => ledger.length === 0)) {
    const days = daysBetween(first.relationStartedOn, asOf);
    if (!(days > first.cadenceDays)) return [];
    return [
      {
        key: `fading:relation:${relation.relationId}`,
        kind: 'fading',
        severity: 'low',
        measure: periods(days, first.cadenceDays),
        stakeholderId: first.stakeholderId,
        relationId: relation.relationId,
        accountId: null,
        accountIds: accounts.map((a) => a.accountId),
        importance: Math.max(...accounts.map((a) => a.importance)),
        foundation: null,
        dimension: null,
        evidence: [],
        facts: { days, cadenceDays: first.cadenceDays, since: first.relationStartedOn },
        ...SIGNAL_TEXTS.fading({
          name: first.stakeholderName,
          direction: null,
          days,
          cadenceDays: first.cadenceDays,
        }),
      },
    ];
  }

  return ledgers.flatMap(({ account, ledger }): Signal[] => {
    const last = lastOf(ledger);
    if (last === undefined) return []; // nothing to fade: no deposits (r = 0)
    if (!(account.reading.r > account.reading.s)) return [];
    const days = daysBetween(last.occurredOn, asOf);
    if (!(days > account.cadenceDays)) return [];
    const missed = periods(days, account.cadenceDays);
    return [
      {
        key: `fading:${account.accountId}`,
        kind: 'fading',
        severity: missed >= FADING_HIGH_FROM_PERIODS ? 'high' : 'medium',
        measure: missed,
        ...aboutAccount(account),
        foundation: null,
        dimension: null,
        evidence: [last.id],
        facts: { direction: account.direction, days, cadenceDays: account.cadenceDays, since: last.occurredOn },
        ...SIGNAL_TEXTS.fading({
          name: account.stakeholderName,
          direction: account.direction,
          days,
          cadenceDays: account.cadenceDays,
        }),
      },
    ];
  });
}
