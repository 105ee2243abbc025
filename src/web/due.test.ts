import { describe, expect, it } from 'vitest';
import type { Relation } from '../api/schemas.ts';
import { dueRelations, isDue, spanOf } from './due.ts';

function relation(name: string, importance: number, daysSinceLastEntry: number | null, cadenceDays = 90): Relation {
  return {
    id: `rel-${name}`,
    cadenceDays,
    daysSinceLastEntry,
    stakeholder: { name, importance },
  } as unknown as Relation; // only the fields the selection reads
}

describe('what is due', () => {
  it('is a relation past its cadence, or one that never had an entry', () => {
    expect(isDue({ daysSinceLastEntry: null, cadenceDays: 90 })).toBe(true);
    expect(isDue({ daysSinceLastEntry: 91, cadenceDays: 90 })).toBe(true);
    expect(isDue({ daysSinceLastEntry: 90, cadenceDays: 90 })).toBe(false);
    expect(isDue({ daysSinceLastEntry: 0, cadenceDays: 30 })).toBe(false);
  });

  it('leaves out relations within their cadence and says how many days each is overdue', () => {
    const due = dueRelations([relation('A', 3, 10), relation('B', 3, 120), relation('C', 3, 40, 30)]);
    expect(due.map((d) => [d.relation.stakeholder.name, d.overdueDays])).toEqual([
      ['B', 30],
      ['C', 10],
    ]);
  });

  it('puts the most important stakeholders first, then the longest overdue, never maintained before all', () => {
    const due = dueRelations([
      relation('Low, long overdue', 1, 900),
      relation('High, a little', 5, 95),
      relation('High, never', 5, null),
      relation('High, a lot', 5, 400),
      relation('Middle', 3, 200),
    ]);
    expect(due.map((d) => d.relation.stakeholder.name)).toEqual(['High, never', 'High, a lot', 'High, a little', 'Middle', 'Low, long overdue']);
  });

  it('orders equals by name, so the list does not jump', () => {
    const due = dueRelations([relation('Zeta', 2, null), relation('Alpha', 2, null)]);
    expect(due.map((d) => d.relation.stakeholder.name)).toEqual(['Alpha', 'Zeta']);
  });

  it('is empty when everything is maintained', () => {
    expect(dueRelations([relation('A', 5, 1)])).toEqual([]);
  });
});

describe('a span of days in words', () => {
  it('counts days, then weeks, then months', () => {
    expect(spanOf(0)).toEqual({ unit: 'days', count: 1 });
    expect(spanOf(13)).toEqual({ unit: 'days', count: 13 });
    expect(spanOf(14)).toEqual({ unit: 'weeks', count: 2 });
    expect(spanOf(59)).toEqual({ unit: 'weeks', count: 8 });
    expect(spanOf(60)).toEqual({ unit: 'months', count: 2 });
    expect(spanOf(365)).toEqual({ unit: 'months', count: 12 });
  });
});
