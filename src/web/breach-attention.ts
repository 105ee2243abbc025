import type { Breach } from './breaches-api.ts';

/** An unsettled breach as the dashboard lists it: whether a date of its follow-up has passed, and its next date. */
export interface BreachNeedingAttention {
  readonly breach: Breach;
  readonly overdue: boolean;
  /** The earliest date still ahead of it or behind: its follow-up or an undone action's due date. */
  readonly nextOn: string | null;
}

/**
 * The breaches still open or in repair, overdue first (a follow-up date or an undone action's due
 * date before today, as the overdue-repair signal counts), then by their next date, then newest.
 */
export function breachesNeedingAttention(breaches: readonly Breach[], today: string): BreachNeedingAttention[] {
  return breaches
    .filter((b) => b.status === 'open' || b.status === 'in_repair')
    .map((breach) => {
      const dates = [breach.followUpOn, ...breach.actions.filter((a) => a.doneOn === null).map((a) => a.dueOn)].filter((d): d is string => d !== null).sort();
      const nextOn = dates[0] ?? null;
      return { breach, overdue: nextOn !== null && nextOn < today, nextOn };
    })
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.nextOn ?? '9999').localeCompare(b.nextOn ?? '9999') ||
        b.breach.occurredOn.localeCompare(a.breach.occurredOn),
    );
}
