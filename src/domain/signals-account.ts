/**
 * Signals read from one account alone: negative balance, weak and unknown legs, small incidents
 * accumulating, a foundation hurt again and again, and a recorded scope the phase cannot carry.
 */
import { legState } from './account-reading.ts';
import { scopeRank } from './phase.ts';
import type { IsoDate } from './calendar.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import {
  aboutAccount,
  entriesAsOf,
  idsOf,
  rounded,
  stepsUp,
  withdrawalsWithin,
} from './signal-helpers.ts';
import {
  NEGATIVE_BALANCE_BELOW,
  NEGATIVE_BALANCE_HIGH_BELOW,
  NEGATIVE_BALANCE_STEP,
  RECURRING_FOUNDATION_HIGH_FROM,
  RECURRING_FOUNDATION_MIN,
  RECURRING_FOUNDATION_WINDOW_DAYS,
  SCOPE_AHEAD_HIGH_FROM,
  SMALL_INCIDENT_MAX_SIZE,
  SMALL_INCIDENTS_HIGH_FROM,
  SMALL_INCIDENTS_MIN,
  SMALL_INCIDENTS_WINDOW_DAYS,
  UNKNOWN_LEG_ABOVE,
  UNKNOWN_LEG_STEP_PERCENT,
  WEAK_LEG_BELOW,
  WEAK_LEG_HIGH_BELOW,
  WEAK_LEG_STEP,
  type Signal,
  type SignalAccountInput,
} from './signal-model.ts';
import { SIGNAL_TEXTS } from './signal-texts.ts';
import { DIMENSIONS, FOUNDATIONS, SCOPE_OF_PHASE, dimensionOf } from './vocabulary.ts';

/** The account's effective entries as of the detection date. */
type Ledger = readonly LedgerEntry[];

export function negativeBalance(account: SignalAccountInput, ledger: Ledger): Signal[] {
  const { reading } = account;
  if (!(reading.balance < NEGATIVE_BALANCE_BELOW)) return [];
  const severity =
    reading.balance < NEGATIVE_BALANCE_HIGH_BELOW ? 'high' : reading.band === 'distrust' ? 'medium' : 'low';
  return [
    {
      key: `negative_balance:${account.accountId}`,
      kind: 'negative_balance',
      severity,
      measure: stepsUp(-reading.balance, NEGATIVE_BALANCE_STEP),
      ...aboutAccount(account),
      foundation: null,
      dimension: null,
      // Every withdrawal still weighs: decay never takes it to zero.
      evidence: idsOf(ledger.filter((e) => e.amount < 0)),
      facts: {
        direction: account.direction,
        balance: rounded(reading.balance, 2),
        trustLevel: rounded(reading.trustLevel, 1),
      },
      ...SIGNAL_TEXTS.negative_balance({ name: account.stakeholderName, direction: account.direction }),
    },
  ];
}

export function weakLegs(account: SignalAccountInput, ledger: Ledger): Signal[] {
  return DIMENSIONS.flatMap((dimension): Signal[] => {
    const leg = account.reading.legs[dimension];
    if (legState(leg) !== 'weak') return [];
    return [
      {
        key: `weak_leg:${account.accountId}:${dimension}`,
        kind: 'weak_leg',
        severity: leg.trustLevel < WEAK_LEG_HIGH_BELOW ? 'high' : 'medium',
        measure: stepsUp(WEAK_LEG_BELOW - leg.trustLevel, WEAK_LEG_STEP),
        ...aboutAccount(account),
        foundation: null,
        dimension,
        evidence: idsOf(ledger.filter((e) => e.amount < 0 && dimensionOf(e.foundation) === dimension)),
        facts: {
          direction: account.direction,
          trustLevel: rounded(leg.trustLevel, 1),
          uncertainty: rounded(leg.uncertainty, 2),
          balance: rounded(leg.balance, 2),
        },
        ...SIGNAL_TEXTS.weak_leg({ name: account.stakeholderName, direction: account.direction, dimension }),
      },
    ];
  });
}

/**
 * A leg with too little evidence, in an account that does have a verdict (its own uncertainty is
 * not above 0.5): then the verdict rests on the other legs. An account without a verdict raises
 * nothing here, or every new relation would raise three signals.
 */
export function unknownLegs(account: SignalAccountInput, ledger: Ledger): Signal[] {
  if (account.reading.uncertainty > UNKNOWN_LEG_ABOVE) return [];
  return DIMENSIONS.flatMap((dimension): Signal[] => {
    const leg = account.reading.legs[dimension];
    if (legState(leg) !== 'unknown') return [];
    return [
      {
        key: `unknown_leg:${account.accountId}:${dimension}`,
        kind: 'unknown_leg',
        severity: 'low',
        measure: stepsUp(100 * leg.uncertainty, UNKNOWN_LEG_STEP_PERCENT),
        ...aboutAccount(account),
        foundation: null,
        dimension,
        evidence: idsOf(ledger.filter((e) => dimensionOf(e.foundation) === dimension)),
        facts: {
          direction: account.direction,
          uncertainty: rounded(leg.uncertainty, 2),
          trustLevel: rounded(leg.trustLevel, 1),
        },
        ...SIGNAL_TEXTS.unknown_leg({ name: account.stakeholderName, direction: account.direction, dimension }),
      },
    ];
  });
}

export function smallIncidents(account: SignalAccountInput, ledger: Ledger, asOf: IsoDate): Signal[] {
  const small = withdrawalsWithin(ledger, asOf, SMALL_INCIDENTS_WINDOW_DAYS).filter(
    (e) => -e.amount <= SMALL_INCIDENT_MAX_SIZE,
  );
  const count = small.length;
  if (count < SMALL_INCIDENTS_MIN) return [];
  return [
    {
      key: `small_incidents:${account.accountId}`,
      kind: 'small_incidents',
      severity: count >= SMALL_INCIDENTS_HIGH_FROM ? 'high' : 'medium',
      measure: count,
      ...aboutAccount(account),
      foundation: null,
      dimension: null,
      evidence: idsOf(small),
      facts: { direction: account.direction, count, windowDays: SMALL_INCIDENTS_WINDOW_DAYS },
      ...SIGNAL_TEXTS.small_incidents({
        name: account.stakeholderName,
        direction: account.direction,
        count,
        windowDays: SMALL_INCIDENTS_WINDOW_DAYS,
      }),
    },
  ];
}

export function recurringFoundations(account: SignalAccountInput, ledger: Ledger, asOf: IsoDate): Signal[] {
  const recent = withdrawalsWithin(ledger, asOf, RECURRING_FOUNDATION_WINDOW_DAYS);
  return FOUNDATIONS.flatMap((foundation): Signal[] => {
    const hits = recent.filter((e) => e.foundation === foundation);
    const count = hits.length;
    if (count < RECURRING_FOUNDATION_MIN) return [];
    const intentional = hits.filter((e) => e.intent === 'intentional').length;
    return [
      {
        key: `recurring_foundation:${account.accountId}:${foundation}`,
        kind: 'recurring_foundation',
        severity: count >= RECURRING_FOUNDATION_HIGH_FROM || intentional > 0 ? 'high' : 'medium',
        measure: count,
        ...aboutAccount(account),
        foundation,
        dimension: dimensionOf(foundation),
        evidence: idsOf(hits),
        facts: { direction: account.direction, count, intentional, windowDays: RECURRING_FOUNDATION_WINDOW_DAYS },
        ...SIGNAL_TEXTS.recurring_foundation({
          name: account.stakeholderName,
          direction: account.direction,
          foundation,
          count,
          windowDays: RECURRING_FOUNDATION_WINDOW_DAYS,
        }),
      },
    ];
  });
}

/**
 * Judged on the received account only: their trust in us is what carries the scope we claim.
 * Keyed by relation, since the scope is recorded on the relation.
 */
export function scopeAheadOfPhase(account: SignalAccountInput): Signal[] {
  if (account.direction !== 'received') return [];
  const carriedScope = SCOPE_OF_PHASE[account.phase];
  const difference = scopeRank(account.recordedScope) - scopeRank(carriedScope);
  if (difference <= 0) return [];
  return [
    {
      key: `scope_ahead_of_phase:${account.relationId}`,
      kind: 'scope_ahead_of_phase',
      severity: difference >= SCOPE_AHEAD_HIGH_FROM ? 'high' : 'medium',
      measure: difference,
      ...aboutAccount(account),
      foundation: null,
      dimension: null,
      evidence: [],
      facts: { recordedScope: account.recordedScope, phase: account.phase, carriedScope, rankDifference: difference },
      ...SIGNAL_TEXTS.scope_ahead_of_phase({
        name: account.stakeholderName,
        recordedScope: account.recordedScope,
        phase: account.phase,
        carriedScope,
      }),
    },
  ];
}

/** Every single-account signal of one account as of `asOf`. */
export function accountSignals(account: SignalAccountInput, asOf: IsoDate): Signal[] {
  const ledger = entriesAsOf(account.entries, asOf);
  return [
    ...negativeBalance(account, ledger),
    ...weakLegs(account, ledger),
    ...unknownLegs(account, ledger),
    ...smallIncidents(account, ledger, asOf),
    ...recurringFoundations(account, ledger, asOf),
    ...scopeAheadOfPhase(account),
  ];
}
