/**
 * Control spending against trust (essay §8.3: control prevents loss but creates no value). Per
 * relation, the yearly cost of the control measures in force beside the trust we place in the
 * other side — the `given` account, since control is what we impose for lack of it. Where that
 * trust is high and well founded, control could be eased: the money and hours go to checking a
 * party the evidence already vouches for.
 */

/** Easing rule: our trust in them at least this level… */
export const EASE_MIN_TRUST = 70;
/** …on evidence firm enough: uncertainty at most this… */
export const EASE_MAX_UNCERTAINTY = 0.3;
/** …while control is justified where trust is below this (the distrust band). */
export const CONTROL_JUSTIFIED_BELOW = 50;

export type ControlVerdict = 'could_ease' | 'justified' | 'proportionate' | 'none';

export interface ControlInput {
  readonly relationId: string;
  readonly stakeholderName: string;
  /** T and u of the `given` account as of the statement's date. */
  readonly trustLevel: number;
  readonly uncertainty: number;
  readonly yearlyEuros: number;
  readonly yearlyHours: number;
  readonly measures: number;
}

export interface ControlLine extends ControlInput {
  readonly verdict: ControlVerdict;
}

export interface ControlSummary {
  readonly lines: readonly ControlLine[];
  readonly totalEuros: number;
  readonly totalHours: number;
  /** The spending on relations where control could be eased. */
  readonly easableEuros: number;
  readonly easableHours: number;
}

export function controlVerdict(line: Pick<ControlInput, 'trustLevel' | 'uncertainty' | 'yearlyEuros' | 'yearlyHours'>): ControlVerdict {
  if (line.yearlyEuros + line.yearlyHours === 0) return 'none';
  if (line.trustLevel >= EASE_MIN_TRUST && line.uncertainty <= EASE_MAX_UNCERTAINTY) return 'could_ease';
  if (line.trustLevel < CONTROL_JUSTIFIED_BELOW) return 'justified';
  return 'proportionate';
}

/** Every relation with control spending, the most spent first (euros, then hours). */
export function controlAgainstTrust(inputs: readonly ControlInput[]): ControlSummary {
  const lines = inputs
    .filter((i) => i.measures > 0)
    .map((i) => ({ ...i, verdict: controlVerdict(i) }))
    .sort((a, b) => b.yearlyEuros - a.yearlyEuros || b.yearlyHours - a.yearlyHours || a.stakeholderName.localeCompare(b.stakeholderName));
  const sum = (items: readonly ControlLine[], key: 'yearlyEuros' | 'yearlyHours') => items.reduce((s, l) => s + l[key], 0);
  const easable = lines.filter((l) => l.verdict === 'could_ease');
  return {
    lines,
    totalEuros: sum(lines, 'yearlyEuros'),
    totalHours: sum(lines, 'yearlyHours'),
    easableEuros: sum(easable, 'yearlyEuros'),
    easableHours: sum(easable, 'yearlyHours'),
  };
}
