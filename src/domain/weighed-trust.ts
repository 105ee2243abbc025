/**
 * The weighed-trust assessment (DESIGN.md, "Giving trust"; essay §5, the mountain guide, and §7):
 * before a leap — entrusting money, a task, information, access — the gut feeling is recorded
 * first, then the reasoned part: what is known of the counterpart's intentions, ability and
 * agreements, rated per foundation, beside what our `given` account already holds, and how
 * vulnerable the leap makes us. Weighed trust lies between distrust and blind trust: give where
 * the evidence carries the risk, give with safeguards where it is thin, withhold where it speaks
 * against.
 *
 * Worked example. A `given` account with no entries, ratings +2 on competence and result and +1
 * on honesty, vulnerability 3, base rate 0.5, W = 2: r = 5, s = 0, so
 * T = 100 · (5 + 0.5 · 2)/(5 + 2) ≈ 85.7 and u = 2/7 ≈ 0.286. The bar at vulnerability 3 is
 * T* = 50 + 8 · 2 = 66 and u* = 0.5 − 0.08 · 2 = 0.34: T ≥ T* and u ≤ u*, so **give**.
 */
import { readAccount, type AccountReading } from './account-reading.ts';
import { addEvidence, type Evidence, type FoundationEvidence } from './evidence.ts';
import type { Parameters } from './parameters.ts';
import { readTripod, type CompensationAdvice } from './tripod.ts';
import { FOUNDATIONS, type Foundation } from './vocabulary.ts';

/** −2 … +2 per foundation: what is known of the counterpart; null where nothing is known. */
export type FoundationRating = -2 | -1 | 0 | 1 | 2;
export type Ratings = Readonly<Partial<Record<Foundation, FoundationRating | null>>>;

export const OUTCOMES = ['give', 'give_with_safeguards', 'withhold'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const ASSESSMENT_WARNINGS = ['gut_and_reason_disagree', 'blind_trust', 'costly_distrust'] as const;
export type AssessmentWarning = (typeof ASSESSMENT_WARNINGS)[number];

export function isRating(value: unknown): value is FoundationRating {
  return typeof value === 'number' && Number.isInteger(value) && value >= -2 && value <= 2;
}

/** The trust level (0–100) a leap of this vulnerability (1–5) needs: 50, 58, 66, 74, 82. */
export function requiredTrustLevel(vulnerability: number): number {
  return 50 + 8 * (vulnerability - 1);
}

/** The most uncertainty a leap of this vulnerability (1–5) tolerates: 0.5, 0.42, 0.34, 0.26, 0.18. */
export function toleratedUncertainty(vulnerability: number): number {
  return 0.5 - 0.08 * (vulnerability - 1);
}

/**
 * The evidence a rating adds: counted like an entry of amount `x` dated today with intent
 * unknown — a deposit of `x`, or a withdrawal weighing `|x| · L`; 0 adds nothing.
 */
export function ratingEvidence(rating: FoundationRating, parameters: Parameters): Evidence {
  if (rating > 0) return { r: rating, s: 0 };
  if (rating < 0) return { r: 0, s: -rating * parameters.withdrawalWeight };
  return { r: 0, s: 0 };
}

export function withRatings(account: FoundationEvidence, ratings: Ratings, parameters: Parameters): FoundationEvidence {
  return Object.fromEntries(
    FOUNDATIONS.map((f) => {
      const rating = ratings[f];
      return [f, rating === null || rating === undefined ? account[f] : addEvidence(account[f], ratingEvidence(rating, parameters))];
    }),
  ) as Record<Foundation, Evidence>;
}

export interface AssessmentInput {
  /** The `given` account's evidence per foundation as of today. */
  readonly account: FoundationEvidence;
  readonly ratings: Ratings;
  /** The gut feeling, recorded before the ratings: 1 (do not trust) … 5 (trust fully). */
  readonly gut: number;
  /** What the leap puts at stake: 1 (little) … 5 (much). */
  readonly vulnerability: number;
  /** What the decision-maker chose, when they chose; the advice stands without it. */
  readonly decision?: Outcome | null;
  readonly asOf: string;
  readonly parameters: Parameters;
  readonly baseRate: number;
}

export interface Assessment {
  readonly reading: AccountReading;
  readonly requiredTrustLevel: number;
  readonly toleratedUncertainty: number;
  /** What the evidence advises. */
  readonly outcome: Outcome;
  /** The safeguards: compensation for every weak or unknown leg (empty when giving outright). */
  readonly safeguards: readonly CompensationAdvice[];
  readonly warnings: readonly AssessmentWarning[];
}

/** The stance a gut feeling takes: 1–2 against, 4–5 for, 3 undecided. */
function gutLeaning(gut: number): 'give' | 'withhold' | null {
  if (gut >= 4) return 'give';
  if (gut <= 2) return 'withhold';
  return null;
}

export function assess(input: AssessmentInput): Assessment {
  const { parameters, baseRate, vulnerability } = input;
  const evidence = withRatings(input.account, input.ratings, parameters);
  const reading = readAccount(evidence, input.asOf, parameters, baseRate);
  const tStar = requiredTrustLevel(vulnerability);
  const uStar = toleratedUncertainty(vulnerability);
  const { trustLevel: t, uncertainty: u } = reading;
  const outcome: Outcome = t >= tStar && u <= uStar ? 'give' : t < 50 && u <= uStar ? 'withhold' : 'give_with_safeguards';
  const safeguards = outcome === 'give' ? [] : readTripod(reading, evidence, parameters, baseRate, 'given').advice;
  const leaning = gutLeaning(input.gut);
  const warnings: AssessmentWarning[] = [];
  // Reason says give where the gut says no, or the reverse: listen to both before deciding.
  if (leaning !== null && outcome !== 'give_with_safeguards' && leaning !== outcome) warnings.push('gut_and_reason_disagree');
  if (input.decision === 'give' && u > uStar) warnings.push('blind_trust');
  if (input.decision === 'withhold' && t >= tStar) warnings.push('costly_distrust');
  return { reading, requiredTrustLevel: tStar, toleratedUncertainty: uStar, outcome, safeguards, warnings };
}
