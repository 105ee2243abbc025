/**
 * A breach of trust (DESIGN.md, "Breach and repair"; essay §8): who broke whose trust, how (on
 * purpose or as a side effect, manifest or incidental), and where it stands. The words and the
 * rules of its life live here; the guidance in breach-guidance.ts, the recovery in
 * breach-recovery.ts.
 */
import { dimensionOf, type Direction, type Foundation } from './vocabulary.ts';

/** `we_breached`: we broke the stakeholder's trust in us; `they_breached`: they broke ours. */
export const BREACH_DIRECTIONS = ['we_breached', 'they_breached'] as const;
export type BreachDirection = (typeof BREACH_DIRECTIONS)[number];

/** The essay's first distinction: a deliberate act, or the unintended side effect of one. */
export const BREACH_INTENTS = ['intentional', 'side_effect'] as const;
export type BreachIntent = (typeof BREACH_INTENTS)[number];

/** The essay's second distinction: a manifest, visible event, or a small incidental one. */
export const BREACH_SCALES = ['manifest', 'incidental'] as const;
export type BreachScale = (typeof BREACH_SCALES)[number];

export const BREACH_STATUSES = ['open', 'in_repair', 'restored', 'relation_ended'] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];

/**
 * Where a breach may go next. Repair comes before restoration — a breach is not restored by
 * declaring it so — and a relation may end at any point before it is restored.
 */
const NEXT_STATUSES: Readonly<Record<BreachStatus, readonly BreachStatus[]>> = {
  open: ['in_repair', 'relation_ended'],
  in_repair: ['restored', 'relation_ended'],
  restored: [],
  relation_ended: [],
};

export function nextStatuses(status: BreachStatus): readonly BreachStatus[] {
  return NEXT_STATUSES[status];
}

export function canMove(from: BreachStatus, to: BreachStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

export function isSettled(status: BreachStatus): boolean {
  return NEXT_STATUSES[status].length === 0;
}

/**
 * The account a breach damages: when we breach, the trust the stakeholder gives us (our
 * `received` account); when they breach, the trust we give them (our `given` account).
 */
export function damagedDirection(direction: BreachDirection): Direction {
  return direction === 'we_breached' ? 'received' : 'given';
}

/** The reverse of `damagedDirection`: a withdrawal on `received` is a breach of ours. */
export function breachDirectionOf(direction: Direction): BreachDirection {
  return direction === 'received' ? 'we_breached' : 'they_breached';
}

/**
 * The six elements of an effective apology (Lewicki, Polin & Lount 2016), in the order they are
 * usually spoken. Acknowledging responsibility and offering repair matter most.
 */
export const APOLOGY_ELEMENTS = [
  'regret',
  'explanation',
  'acknowledging_responsibility',
  'repentance',
  'offer_of_repair',
  'request_for_forgiveness',
] as const;
export type ApologyElement = (typeof APOLOGY_ELEMENTS)[number];

/** How much an element adds to an apology's effect, after Lewicki et al. */
export const APOLOGY_WEIGHT: Readonly<Record<ApologyElement, 'most' | 'more' | 'less'>> = {
  regret: 'more',
  explanation: 'more',
  acknowledging_responsibility: 'most',
  repentance: 'more',
  offer_of_repair: 'most',
  request_for_forgiveness: 'less',
};

export const APOLOGY_STATES = ['planned', 'done', 'skipped'] as const;
export type ApologyState = (typeof APOLOGY_STATES)[number];

/** The four ways to respond when they broke our trust (essay §8.4). */
export const BREACH_RESPONSES = ['address', 'accept', 'complain', 'leave'] as const;
export type BreachResponse = (typeof BREACH_RESPONSES)[number];

/**
 * A competence violation fails on ability (the professional leg); an integrity violation on
 * intentions or agreements. The research on apologies (Kim et al. 2004) treats them differently.
 */
export type ViolationType = 'competence' | 'integrity';

/**
 * The type of a breach from the foundations of its withdrawals, each counted by its size: a
 * competence violation only when the professional foundations weigh more than the others. A tie
 * counts as integrity, the graver reading, so that its guidance is the more careful one.
 */
export function violationType(withdrawals: readonly { readonly foundation: Foundation; readonly amount: number }[]): ViolationType {
  let professional = 0;
  let other = 0;
  for (const w of withdrawals) {
    if (dimensionOf(w.foundation) === 'professional') professional += Math.abs(w.amount);
    else other += Math.abs(w.amount);
  }
  return professional > other ? 'competence' : 'integrity';
}
