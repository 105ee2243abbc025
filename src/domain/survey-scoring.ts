/**
 * Scoring a trust scan (DESIGN.md, "Trust scan"): the answers to its statements, on a five-point
 * agreement scale, summed up per foundation and per dimension, and turned into evidence of the
 * same form as the ledger's so that *measured* trust reads like *observed* trust and the two can
 * be fused.
 *
 * Worked example. Five people answer the two honesty statements; the answers to honesty are
 * 5, 4, 4, 2, 3 (one statement) and nothing else. Then for honesty:
 *   count 5, mean 3.6, distribution [0, 1, 1, 2, 1] (answers 1…5), favourable 3 of 5 = 0.6;
 *   evidence r = (4 + 3 + 3 + 1 + 2) / 4 = 3.25, s = (0 + 1 + 1 + 3 + 2) / 4 = 1.75 — each answer
 *   adds one unit of evidence in all, split by where it lies on the scale.
 * Read with the default prior weight 2 and base rate 0.5: b = 3.25 / 7, u = 2 / 7,
 * T = 100 · (3.25 + 0.5 · 2) / 7 ≈ 60.7 (trust).
 * No decay and no withdrawal weight apply: a scan measures; nothing happened.
 */
import { addEvidence, emptyFoundationEvidence, NO_EVIDENCE, type Evidence, type FoundationEvidence } from './evidence.ts';
import { UNCERTAIN_ABOVE } from './opinion.ts';
import { DIMENSIONS, dimensionOf, FOUNDATIONS, type Dimension, type Foundation } from './vocabulary.ts';

/** An answer on the agreement scale: 1 strongly disagree … 5 strongly agree. */
export type Agreement = 1 | 2 | 3 | 4 | 5;
export const AGREEMENT_SCALE: readonly Agreement[] = [1, 2, 3, 4, 5];

export function isAgreement(value: unknown): value is Agreement {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A statement of an instrument, and the foundation it asks about. */
export interface SurveyStatement {
  readonly id: string;
  readonly foundation: Foundation;
}

/** One respondent's answers by statement id; a statement left out was skipped. */
export type SurveyAnswers = Readonly<Record<string, Agreement>>;

/** What the answers to a group of statements say. */
export interface AnswerStatistics {
  readonly count: number;
  readonly mean: number;
  /** How many answered 1, 2, 3, 4 and 5. */
  readonly distribution: readonly [number, number, number, number, number];
  /** The share (0–1) that agreed: answered 4 or 5. */
  readonly favourable: number;
  readonly evidence: Evidence;
}

/** The evidence one answer gives: (x − 1) / 4 for trust, (5 − x) / 4 against; one unit in all. */
export function answerEvidence(answer: Agreement): Evidence {
  return { r: (answer - 1) / 4, s: (5 - answer) / 4 };
}

/** The statistics of a set of answers, or null when there are none. */
export function statisticsOf(answers: readonly Agreement[]): AnswerStatistics | null {
  if (answers.length === 0) return null;
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  let evidence = NO_EVIDENCE;
  for (const answer of answers) {
    distribution[answer - 1]! += 1;
    sum += answer;
    evidence = addEvidence(evidence, answerEvidence(answer));
  }
  return {
    count: answers.length,
    mean: sum / answers.length,
    distribution,
    favourable: (distribution[3] + distribution[4]) / answers.length,
    evidence,
  };
}

export interface ScanScore {
  readonly responses: number;
  readonly byFoundation: Readonly<Record<Foundation, AnswerStatistics | null>>;
  readonly byDimension: Readonly<Record<Dimension, AnswerStatistics | null>>;
  readonly overall: AnswerStatistics | null;
  /** The measured evidence per foundation, ready for `readAccount` and for fusion with the ledger's. */
  readonly evidence: FoundationEvidence;
}

/**
 * Scores the responses to an instrument. Answers to statements the instrument does not have are
 * ignored (the use case refuses them before they are stored).
 */
export function scoreScan(statements: readonly SurveyStatement[], responses: readonly SurveyAnswers[]): ScanScore {
  const foundationOf = new Map(statements.map((s) => [s.id, s.foundation]));
  const answers = Object.fromEntries(FOUNDATIONS.map((f) => [f, [] as Agreement[]])) as Record<Foundation, Agreement[]>;
  for (const response of responses) {
    for (const [id, answer] of Object.entries(response)) {
      const foundation = foundationOf.get(id);
      if (foundation !== undefined) answers[foundation].push(answer);
    }
  }
  const byFoundation = Object.fromEntries(FOUNDATIONS.map((f) => [f, statisticsOf(answers[f])])) as Record<
    Foundation,
    AnswerStatistics | null
  >;
  const byDimension = Object.fromEntries(
    DIMENSIONS.map((d) => [d, statisticsOf(FOUNDATIONS.filter((f) => dimensionOf(f) === d).flatMap((f) => answers[f]))]),
  ) as Record<Dimension, AnswerStatistics | null>;
  const evidence = emptyFoundationEvidence();
  for (const f of FOUNDATIONS) evidence[f] = byFoundation[f]?.evidence ?? NO_EVIDENCE;
  return {
    responses: responses.length,
    byFoundation,
    byDimension,
    overall: statisticsOf(FOUNDATIONS.flatMap((f) => answers[f])),
    evidence,
  };
}

/**
 * Measured and observed trust together: evidence adds up (cumulative fusion in Subjective Logic),
 * per foundation, so the fused reading is `readAccount` of the sum.
 */
export function fuseEvidence(observed: FoundationEvidence, measured: FoundationEvidence): FoundationEvidence {
  return Object.fromEntries(FOUNDATIONS.map((f) => [f, addEvidence(observed[f], measured[f])])) as Record<Foundation, Evidence>;
}

/**
 * Booking a measurement in the ledger (source `survey`): one entry per foundation whose amount is
 * the mean answer's distance from the neutral 3, doubled and rounded — 5 books +4, 4 books +2,
 * 2 books −2, 1 books −4 — and nothing for a mean that rounds to neutral. A scan is strong
 * evidence but no defining moment, so it never reaches ±5.
 */
export function bookingAmount(mean: number): number {
  const distance = 2 * (mean - 3);
  // Rounded half away from neutral on both sides, so agreement and disagreement weigh alike.
  const amount = Math.sign(distance) * Math.round(Math.abs(distance));
  return amount === 0 ? 0 : amount;
}

/** Measured and observed trust differ enough (on 0–100) to ask why: the perception-gap signal. */
export const PERCEPTION_GAP = 15;

/**
 * Whether to signal the gap: only against a ledger that reads its accounts with some certainty —
 * an uncertain ledger (u > 0.5) holds too little to be perceived differently.
 */
export function hasPerceptionGap(measuredT: number, observed: { readonly trustLevel: number; readonly uncertainty: number }): boolean {
  return observed.uncertainty <= UNCERTAIN_ABOVE && Math.abs(measuredT - observed.trustLevel) >= PERCEPTION_GAP;
}
