import { describe, expect, it } from 'vitest';
import { overdueRepairs, type BreachFollowUp } from './signals-repair.ts';

const breach = (over: Partial<BreachFollowUp>): BreachFollowUp => ({
  breachId: 'b1',
  relationId: 'r1',
  stakeholderId: 's1',
  stakeholderName: 'Brouwerij De Linde',
  importance: 4,
  accountId: 'a1',
  direction: 'we_breached',
  status: 'in_repair',
  followUpOn: null,
  actions: [],
  ...over,
});

describe('the overdue repair', () => {
  it('is raised by a follow-up date or an undone action past due, counting each', () => {
    const [signal] = overdueRepairs(
      [breach({ followUpOn: '2026-03-01', actions: [{ dueOn: '2026-03-10', doneOn: null }, { dueOn: '2026-03-05', doneOn: '2026-03-04' }] })],
      '2026-03-15',
    );
    expect(signal).toMatchObject({ key: 'overdue_repair:b1', kind: 'overdue_repair', severity: 'medium', measure: 2, accountId: 'a1' });
    expect(signal!.facts).toEqual({ breach: 'b1', overdue: 2, days: 14 });
    expect(signal!.title.en).toContain('Brouwerij De Linde');
  });

  it('is high from 30 days late', () => {
    expect(overdueRepairs([breach({ followUpOn: '2026-02-01' })], '2026-03-03')[0]!.severity).toBe('high');
  });

  it('is not raised for what is due today, done, undated, or for a settled breach', () => {
    expect(overdueRepairs([breach({ followUpOn: '2026-03-15' })], '2026-03-15')).toEqual([]);
    expect(overdueRepairs([breach({ actions: [{ dueOn: null, doneOn: null }, { dueOn: '2026-01-01', doneOn: '2026-01-02' }] })], '2026-03-15')).toEqual([]);
    expect(overdueRepairs([breach({ status: 'restored', followUpOn: '2026-01-01' })], '2026-03-15')).toEqual([]);
    expect(overdueRepairs([breach({ status: 'relation_ended', followUpOn: '2026-01-01' })], '2026-03-15')).toEqual([]);
  });

  it('speaks of the follow-up, not of our repair, when they breached', () => {
    const [signal] = overdueRepairs([breach({ direction: 'they_breached', followUpOn: '2026-03-01' })], '2026-03-15');
    expect(signal!.action.en).toContain('addressing, accepting, complaining or leaving');
  });
});
