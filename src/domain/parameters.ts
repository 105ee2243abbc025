/**
 * The model's parameters and their defaults (DESIGN.md, "Evidence, balance, trust level").
 * An organisation may change them; each change is a new version so any figure can be reproduced.
 */

export interface Parameters {
  /** H_dep: days after which a deposit counts for half. Trust that is not maintained fades. */
  readonly depositHalfLifeDays: number;
  /** H_wd: days after which a withdrawal counts for half; harm stays in memory longer. */
  readonly withdrawalHalfLifeDays: number;
  /** L: how much more a withdrawal weighs than a deposit of the same size (loss aversion). */
  readonly withdrawalWeight: number;
  /** K: extra factor for intentional withdrawals. */
  readonly intentionalFactor: number;
  /** W: the prior weight of Subjective Logic; the evidence needed before uncertainty halves. */
  readonly priorWeight: number;
  /** a: the organisation's propensity to trust, the level an account starts from and returns to. */
  readonly baseRate: number;
  /** a per stakeholder category, where it differs from `baseRate`. */
  readonly baseRateByCategory: Readonly<Record<string, number>>;
}

export const DEFAULT_PARAMETERS: Parameters = Object.freeze({
  depositHalfLifeDays: 365,
  withdrawalHalfLifeDays: 730,
  withdrawalWeight: 2.25,
  intentionalFactor: 2,
  priorWeight: 2,
  baseRate: 0.5,
  baseRateByCategory: Object.freeze({}),
});

/**
 * Allowed ranges. Half-lives of at least 90 days keep every scaled weight (see scaled-sums.ts)
 * within a double for dates between 1900 and 2099.
 */
export const PARAMETER_LIMITS = {
  depositHalfLifeDays: { min: 90, max: 3650 },
  withdrawalHalfLifeDays: { min: 90, max: 3650 },
  withdrawalWeight: { min: 1, max: 10 },
  intentionalFactor: { min: 1, max: 10 },
  priorWeight: { min: 0.5, max: 20 },
  baseRate: { min: 0.01, max: 0.99 },
} as const satisfies Record<string, { min: number; max: number }>;

export function baseRateFor(parameters: Parameters, category: string): number {
  return parameters.baseRateByCategory[category] ?? parameters.baseRate;
}
