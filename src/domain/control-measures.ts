import type { IsoDate } from './calendar.ts';

/**
 * Control measures: what distrust costs in checks and paperwork (essay §8.3). Control prevents
 * loss but creates no value, so the statement sets its cost beside the trust it stands in for.
 */
export const CONTROL_KINDS = ['extra_checks', 'approvals', 'audits', 'contract_clauses', 'monitoring', 'legal'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

/** A yearly cost large enough for any real measure, small enough to stay exact in every database. */
export const MAX_YEARLY_EUROS = 100_000_000;
/** Every hour of a year, several people over. */
export const MAX_YEARLY_HOURS = 100_000;

export interface ControlCost {
  readonly yearlyEuros: number | null;
  readonly yearlyHours: number | null;
}

export interface ControlPeriod {
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
}

/** In force on a date: started on or before it and not yet ended (the end date is the first day without it). */
export function inForceOn(measure: ControlPeriod, on: IsoDate): boolean {
  return measure.startedOn <= on && (measure.endedOn === null || measure.endedOn > on);
}

/** The yearly cost of the measures in force on a date, euros and hours apart: hours are not turned into money. */
export function yearlyControlCost(measures: readonly (ControlCost & ControlPeriod)[], on: IsoDate): { euros: number; hours: number; measures: number } {
  const current = measures.filter((m) => inForceOn(m, on));
  return {
    euros: current.reduce((sum, m) => sum + (m.yearlyEuros ?? 0), 0),
    hours: current.reduce((sum, m) => sum + (m.yearlyHours ?? 0), 0),
    measures: current.length,
  };
}
