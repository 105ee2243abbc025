/**
 * The shape of a signal — something in the ledger that needs attention (DESIGN.md, "Signals") —
 * its inputs, and every threshold the detection uses (helpers the detectors share: signal-helpers.ts).
 * The detectors live in `signals-account.ts`, `signals-relation.ts` and `signals-culture.ts`;
 * `signals.ts` runs them all. See docs/model.md ("Signals: what needs attention") for each rule and why.
 */
import type { AccountReading } from './account-reading.ts';
import type { IsoDate } from './calendar.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { DISTRUST_BELOW, UNCERTAIN_ABOVE } from './opinion.ts';
import type { Dimension, Direction, Foundation, Localized, Phase, Scope } from './vocabulary.ts';

export const SIGNAL_KINDS = [
  'negative_balance',
  'weak_leg',
  'unknown_leg',
  'small_incidents',
  'recurring_foundation',
  'culture_pattern',
  'reciprocity_gap',
  'fading',
  'scope_ahead_of_phase',
  'perception_gap',
  'overdue_repair',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** From most to least urgent. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One account as the detection needs it: who it is with, what it says, and its whole ledger. */
export interface SignalAccountInput {
  readonly accountId: string;
  readonly relationId: string;
  readonly stakeholderId: string;
  readonly stakeholderName: string;
  readonly direction: Direction;
  /** 1–5. */
  readonly importance: number;
  /** The relation's maintenance cadence in days (default 90). */
  readonly cadenceDays: number;
  readonly relationStartedOn: IsoDate;
  readonly recordedScope: Scope;
  /** The effective phase of this account (an override, or else the inferred phase). */
  readonly phase: Phase;
  /** The account's reading as of the detection date. */
  readonly reading: AccountReading;
  /**
   * All the account's entries, reversals and entries after the detection date included; the
   * detection applies `effectiveEntries` and the date cut itself.
   */
  readonly entries: readonly LedgerEntry[];
}

export interface Signal {
  /**
   * The stable identity of the signal's cause, e.g. `small_incidents:<accountId>` or
   * `culture_pattern:<foundation>`: the same cause gives the same key on every run, which is what
   * an acknowledgement refers to.
   */
  readonly key: string;
  readonly kind: SignalKind;
  readonly severity: Severity;
  /**
   * How big the cause is, in whole steps of the kind's unit; it grows when the cause grows, so an
   * acknowledged signal comes back (see inbox.ts).
   */
  readonly measure: number;
  /** `null` where the signal spans stakeholders (culture pattern). */
  readonly stakeholderId: string | null;
  /** `null` where the signal spans relations (culture pattern). */
  readonly relationId: string | null;
  /** `null` where the signal spans accounts (culture pattern, reciprocity gap, a relation never maintained). */
  readonly accountId: string | null;
  /** Every account involved. */
  readonly accountIds: string[];
  /** The highest importance among the stakeholders involved. */
  readonly importance: number;
  readonly foundation: Foundation | null;
  readonly dimension: Dimension | null;
  /** Ids of the entries behind the signal, oldest first (may be empty). */
  readonly evidence: string[];
  /** The figures behind it, for display. */
  readonly facts: Record<string, number | string>;
  /** Short, with the stakeholder's name where there is one. */
  readonly title: Localized;
  /** What to do about it, in plain words. */
  readonly action: Localized;
}

/* ------------------------------------------------------------ thresholds */

/** negative_balance: raised when the balance is below 0. */
export const NEGATIVE_BALANCE_BELOW = 0;
/** negative_balance is high below −5 (an unintentional −3, or an intentional −2, not yet offset). */
export const NEGATIVE_BALANCE_HIGH_BELOW = -5;
/** negative_balance's measure: −balance rounded up to whole units of evidence. */
export const NEGATIVE_BALANCE_STEP = 1;

/** weak_leg: a known leg below this trust level (the distrust band). */
export const WEAK_LEG_BELOW = DISTRUST_BELOW;
/** weak_leg is high below this trust level. */
export const WEAK_LEG_HIGH_BELOW = 35;
/** weak_leg's measure: 50 − T rounded up to steps of 5 points. */
export const WEAK_LEG_STEP = 5;

/** unknown_leg: a leg whose uncertainty is above this (while the account itself is not). */
export const UNKNOWN_LEG_ABOVE = UNCERTAIN_ABOVE;
/** unknown_leg's measure: the leg's uncertainty in percent, rounded up to steps of 10. */
export const UNKNOWN_LEG_STEP_PERCENT = 10;

/** small_incidents: withdrawals of at most this size (amount −1 or −2) count as small. */
export const SMALL_INCIDENT_MAX_SIZE = 2;
/** small_incidents: raised from this many small withdrawals … */
export const SMALL_INCIDENTS_MIN = 3;
/** … within this many days (age 0…90 inclusive). */
export const SMALL_INCIDENTS_WINDOW_DAYS = 90;
/** small_incidents is high from this many. */
export const SMALL_INCIDENTS_HIGH_FROM = 5;

/** recurring_foundation: raised from this many withdrawals on one foundation of one account … */
export const RECURRING_FOUNDATION_MIN = 2;
/** … within this many days (age 0…365 inclusive). */
export const RECURRING_FOUNDATION_WINDOW_DAYS = 365;
/** recurring_foundation is high from this many, or as soon as one of them was intentional. */
export const RECURRING_FOUNDATION_HIGH_FROM = 4;

/** culture_pattern: withdrawals on one foundation on at least this many accounts … */
export const CULTURE_PATTERN_MIN_ACCOUNTS = 3;
/** … within this many days (age 0…90 inclusive). */
export const CULTURE_PATTERN_WINDOW_DAYS = 90;
/** culture_pattern is high from this many accounts. */
export const CULTURE_PATTERN_HIGH_FROM = 5;

/** reciprocity_gap: |T received − T given| of at least this many points. */
export const RECIPROCITY_GAP_MIN = 25;
/** reciprocity_gap is high from this gap. */
export const RECIPROCITY_GAP_HIGH_FROM = 40;
/** reciprocity_gap's measure: the gap rounded up to steps of 5 points. */
export const RECIPROCITY_GAP_STEP = 5;
/** reciprocity_gap is only judged when neither account's uncertainty is above this. */
export const RECIPROCITY_MAX_UNCERTAINTY = UNCERTAIN_ABOVE;

/** fading is high from this many whole cadence periods without an entry. */
export const FADING_HIGH_FROM_PERIODS = 3;

/** scope_ahead_of_phase is high from this rank difference (a relationship claimed on a contract's trust). */
export const SCOPE_AHEAD_HIGH_FROM = 2;

/** perception_gap is high from this gap between measured and observed trust (the signal starts at PERCEPTION_GAP, 15). */
export const PERCEPTION_GAP_HIGH_FROM = 30;
/** perception_gap's measure: the gap rounded up to steps of 5 points. */
export const PERCEPTION_GAP_STEP = 5;

/** overdue_repair is high once something has been overdue this many days. */
export const OVERDUE_REPAIR_HIGH_FROM_DAYS = 30;
