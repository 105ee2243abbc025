import type { Entry, Tripod } from '../api/schemas.ts';

/** The model's fixed vocabulary as the page needs it (the server's own lists are not imported into the page). */
export type Dimension = keyof Tripod['legs'];
export type Foundation = Entry['foundation'];

export const DIMENSIONS = ['intentional', 'professional', 'contractual'] as const satisfies readonly Dimension[];

/** The nine foundations, three per dimension, in the essay's order. */
export const FOUNDATIONS_BY_DIMENSION = {
  intentional: ['authenticity', 'honesty', 'fairness'],
  professional: ['competence', 'service', 'learning'],
  contractual: ['transparency', 'result', 'fair_play'],
} as const satisfies Record<Dimension, readonly Foundation[]>;

export const FOUNDATIONS: readonly Foundation[] = DIMENSIONS.flatMap((d) => FOUNDATIONS_BY_DIMENSION[d]);

export function dimensionOf(foundation: Foundation): Dimension {
  return DIMENSIONS.find((d) => (FOUNDATIONS_BY_DIMENSION[d] as readonly Foundation[]).includes(foundation))!;
}

export const AMOUNTS = [1, 2, 3, 4, 5] as const;
export type AmountSize = (typeof AMOUNTS)[number];

/** The size of an amount (1–5) whatever its sign, for its word. */
export function amountSize(amount: number): AmountSize {
  return Math.min(5, Math.max(1, Math.abs(Math.round(amount)))) as AmountSize;
}
