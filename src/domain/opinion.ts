import type { Evidence } from './evidence.ts';

/**
 * A Subjective Logic opinion built from evidence (Jøsang & Ismail's Beta reputation model):
 * belief, disbelief and uncertainty add up to 1; the trust level projects the uncertain part onto
 * the base rate. With no evidence at all the trust level is the base rate itself.
 */
export interface Opinion {
  readonly belief: number;
  readonly disbelief: number;
  /** 0…1; above 0.5 the figure is shown as uncertain, never as a verdict. */
  readonly uncertainty: number;
  /** T on the 0–100 scale. */
  readonly trustLevel: number;
  readonly band: Band;
}

/** The verdict bands on T (as in the Edelman Trust Barometer), or `uncertain` when u > 0.5. */
export const BANDS = ['distrust', 'neutral', 'trust', 'uncertain'] as const;
export type Band = (typeof BANDS)[number];

export const DISTRUST_BELOW = 50;
export const TRUST_FROM = 60;
export const UNCERTAIN_ABOVE = 0.5;

export function bandOf(trustLevel: number, uncertainty: number): Band {
  if (uncertainty > UNCERTAIN_ABOVE) return 'uncertain';
  if (trustLevel < DISTRUST_BELOW) return 'distrust';
  if (trustLevel < TRUST_FROM) return 'neutral';
  return 'trust';
}

export function opinionOf({ r, s }: Evidence, priorWeight: number, baseRate: number): Opinion {
  const total = r + s + priorWeight;
  const belief = r / total;
  const disbelief = s / total;
  const uncertainty = priorWeight / total;
  const trustLevel = 100 * (belief + baseRate * uncertainty);
  return { belief, disbelief, uncertainty, trustLevel, band: bandOf(trustLevel, uncertainty) };
}
