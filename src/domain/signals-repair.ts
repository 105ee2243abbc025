/**
 * The overdue repair (DESIGN.md, "Signals"): a breach not yet settled whose follow-up date or
 * repair actions are past due. A repair promised and not delivered breaks trust a second time.
 */
import type { BreachDirection, BreachStatus } from './breach.ts';
import { isSettled } from './breach.ts';
import { daysBetween, type IsoDate } from './calendar.ts';
import { OVERDUE_REPAIR_HIGH_FROM_DAYS, type Signal } from './signal-model.ts';
import { SIGNAL_TEXTS } from './signal-texts.ts';

/** A breach as the signal needs it. */
export interface BreachFollowUp {
  readonly breachId: string;
  readonly relationId: string;
  readonly stakeholderId: string;
  readonly stakeholderName: string;
  readonly importance: number;
  /** The damaged account. */
  readonly accountId: string;
  readonly direction: BreachDirection;
  readonly status: BreachStatus;
  readonly followUpOn: IsoDate | null;
  readonly actions: readonly { readonly dueOn: IsoDate | null; readonly doneOn: IsoDate | null }[];
}

export function overdueRepairs(breaches: readonly BreachFollowUp[], today: IsoDate): Signal[] {
  return breaches.flatMap((breach) => {
    if (isSettled(breach.status)) return [];
    const dueDates = [
      ...(breach.followUpOn === null ? [] : [breach.followUpOn]),
      ...breach.actions.filter((a) => a.doneOn === null && a.dueOn !== null).map((a) => a.dueOn!),
    ].filter((due) => due < today);
    if (dueDates.length === 0) return [];
    const days = Math.max(...dueDates.map((due) => daysBetween(due, today)));
    return [
      {
        key: `overdue_repair:${breach.breachId}`,
        kind: 'overdue_repair',
        severity: days >= OVERDUE_REPAIR_HIGH_FROM_DAYS ? 'high' : 'medium',
        // Each further step that falls behind brings an acknowledged signal back.
        measure: dueDates.length,
        stakeholderId: breach.stakeholderId,
        relationId: breach.relationId,
        accountId: breach.accountId,
        accountIds: [breach.accountId],
        importance: breach.importance,
        foundation: null,
        dimension: null,
        evidence: [],
        facts: { breach: breach.breachId, overdue: dueDates.length, days },
        ...SIGNAL_TEXTS.overdue_repair({ name: breach.stakeholderName, direction: breach.direction, overdue: dueDates.length, days }),
      } satisfies Signal,
    ];
  });
}
