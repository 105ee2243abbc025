import type { IsoDate } from './calendar.ts';
import {
  evidenceByDimension,
  totalEvidence,
  type Evidence,
  type FoundationEvidence,
} from './evidence.ts';
import { DISTRUST_BELOW, UNCERTAIN_ABOVE, opinionOf, type Opinion } from './opinion.ts';
import type { Parameters } from './parameters.ts';
import { DIMENSIONS, type Dimension } from './vocabulary.ts';

/** Evidence, balance and opinion of an account or of one of its legs. */
export interface Reading extends Opinion {
  readonly r: number;
  readonly s: number;
  /** r − s: the social capital in this account, unbounded. */
  readonly balance: number;
}

/** What an account says as of a date: the whole, and the tripod's three legs. */
export interface AccountReading extends Reading {
  readonly asOf: IsoDate;
  readonly legs: Readonly<Record<Dimension, Reading>>;
}

/**
 * How a leg of the tripod stands: `unknown` when its uncertainty is above 0.5 (too little evidence
 * for a verdict), `weak` when it is known but below 50, `known` otherwise.
 */
export type LegState = 'known' | 'unknown' | 'weak';

export function legState(reading: Pick<Reading, 'trustLevel' | 'uncertainty'>): LegState {
  if (reading.uncertainty > UNCERTAIN_ABOVE) return 'unknown';
  return reading.trustLevel < DISTRUST_BELOW ? 'weak' : 'known';
}

export function readingOf(evidence: Evidence, parameters: Parameters, baseRate: number): Reading {
  return {
    r: evidence.r,
    s: evidence.s,
    balance: evidence.r - evidence.s,
    ...opinionOf(evidence, parameters.priorWeight, baseRate),
  };
}

/**
 * Reads an account from its evidence per foundation, however that was obtained (batch or running
 * sums). Each leg is the same computation restricted to one dimension's foundations.
 */
export function readAccount(
  byFoundation: FoundationEvidence,
  asOf: IsoDate,
  parameters: Parameters,
  baseRate: number,
): AccountReading {
  const legs = evidenceByDimension(byFoundation);
  return {
    asOf,
    ...readingOf(totalEvidence(byFoundation), parameters, baseRate),
    legs: Object.fromEntries(
      DIMENSIONS.map((d) => [d, readingOf(legs[d], parameters, baseRate)]),
    ) as Record<Dimension, Reading>,
  };
}
