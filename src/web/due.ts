import type { Relation } from '../api/schemas.ts';

/**
 * What is due: relations whose maintenance cadence has passed without an entry, or that never had
 * one. The most important stakeholders come first; among equals, the longest overdue.
 */
export interface DueRelation {
  readonly relation: Relation;
  /** Days past the cadence; null when the relation has no entry at all. */
  readonly overdueDays: number | null;
}

export function isDue(relation: Pick<Relation, 'daysSinceLastEntry' | 'cadenceDays'>): boolean {
  return relation.daysSinceLastEntry === null || relation.daysSinceLastEntry > relation.cadenceDays;
}

export function dueRelations(relations: readonly Relation[]): DueRelation[] {
  return relations
    .filter(isDue)
    .map((relation) => ({
      relation,
      overdueDays: relation.daysSinceLastEntry === null ? null : relation.daysSinceLastEntry - relation.cadenceDays,
    }))
    .sort(
      (a, b) =>
        b.relation.stakeholder.importance - a.relation.stakeholder.importance ||
        // Never maintained counts as the most overdue.
        (b.overdueDays ?? Infinity) - (a.overdueDays ?? Infinity) ||
        a.relation.stakeholder.name.localeCompare(b.relation.stakeholder.name),
    );
}

export type SpanUnit = 'days' | 'weeks' | 'months';

/** A number of days as people say it: days up to two weeks, weeks up to two months, then months. */
export function spanOf(days: number): { unit: SpanUnit; count: number } {
  if (days < 14) return { unit: 'days', count: Math.max(1, days) };
  if (days < 60) return { unit: 'weeks', count: Math.round(days / 7) };
  return { unit: 'months', count: Math.round(days / 30.44) };
}
