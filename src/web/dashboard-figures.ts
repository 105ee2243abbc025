import type { Overview } from '../api/schemas.ts';
import type { Band } from './bands.ts';
import { DIMENSIONS, type Dimension } from './dimensions.ts';

/**
 * The dashboard's arithmetic on group figures: the period of its trends, the band of a group's
 * trust level, the direction a series moved in, and the leadership profile in whole percentages.
 */

/** How many month ends the dashboard's trends show. */
export const TREND_MONTHS = 24;

/** The first day of the month `months − 1` months before the month of `asOf`: so `months` month ends up to `asOf`. */
export function trendStart(asOf: string, months: number = TREND_MONTHS): string {
  const year = Number(asOf.slice(0, 4));
  const month0 = Number(asOf.slice(5, 7)) - 1 - (months - 1);
  const start = new Date(Date.UTC(year, month0, 1));
  return start.toISOString().slice(0, 10);
}

// The bands of the model (DESIGN.md): distrust below 50, neutral 50–59, trust from 60. A group's
// importance-weighted trust level has no uncertainty of its own, so it is never `uncertain`.
const DISTRUST_BELOW = 50;
const TRUST_FROM = 60;

export function groupBand(trustLevel: number): Exclude<Band, 'uncertain'> {
  if (trustLevel < DISTRUST_BELOW) return 'distrust';
  if (trustLevel < TRUST_FROM) return 'neutral';
  return 'trust';
}

/** A move of less than one point on the 0–100 scale reads as flat: it does not show in a whole number. */
export const FLAT_WITHIN = 1;

export interface Change {
  readonly direction: 'up' | 'down' | 'flat';
  /** Whole points between the first and the last figure, without sign. */
  readonly points: number;
  /** Index of the first figure the change is measured from. */
  readonly fromIndex: number;
}

/** How a series of trust levels moved from its first figure to its last (nulls, before a group had accounts, are skipped). */
export function changeOf(series: readonly (number | null)[]): Change | null {
  const fromIndex = series.findIndex((value) => value !== null);
  const last = series.findLast((value) => value !== null);
  if (fromIndex < 0 || last === undefined || last === null) return null;
  const delta = last - series[fromIndex]!;
  const points = Math.round(Math.abs(delta));
  if (Math.abs(delta) < FLAT_WITHIN) return { direction: 'flat', points: 0, fromIndex };
  return { direction: delta > 0 ? 'up' : 'down', points, fromIndex };
}

/** Shares (summing to 1) as whole percentages summing to exactly 100: largest remainders get the rounding. */
export function wholePercents(shares: Readonly<Record<Dimension, number>>): Record<Dimension, number> {
  const exact = DIMENSIONS.map((d) => ({ d, value: 100 * shares[d] }));
  const result: Record<Dimension, number> = {
    intentional: Math.floor(100 * shares.intentional),
    professional: Math.floor(100 * shares.professional),
    contractual: Math.floor(100 * shares.contractual),
  };
  let left = 100 - DIMENSIONS.reduce((sum, d) => sum + result[d], 0);
  for (const { d } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (left <= 0) break;
    result[d] += 1;
    left -= 1;
  }
  return result;
}

export type LeadershipStyle = NonNullable<Overview['leadershipProfile']['style']>;

// The style the server names says which dimension leads (so the sentence and the server's text agree).
const LEADING_DIMENSION = {
  command_and_control: 'contractual',
  people_oriented: 'professional',
  inspiring: 'intentional',
  balanced: null,
} as const satisfies Record<LeadershipStyle, Dimension | null>;

/** The smallest share is neglected only when it trails the next one by at least this much; otherwise it is a tie. */
export const LAGGING_MARGIN = 0.05;

/**
 * The dimension the organisation's received trust leans on (the one its leadership style names;
 * none when balanced) and the one it neglects (the smallest share, when it clearly trails).
 */
export function leaning(
  shares: Readonly<Record<Dimension, number>>,
  style: LeadershipStyle | null,
): { most: Dimension | null; least: Dimension | null } {
  const most = style === null ? null : LEADING_DIMENSION[style];
  const [smallest, next] = [...DIMENSIONS].sort((a, b) => shares[a] - shares[b]);
  const least = shares[next!] - shares[smallest!] >= LAGGING_MARGIN ? smallest! : null;
  return { most, least };
}
