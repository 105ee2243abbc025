import { describe, expect, it } from 'vitest';
import { breachMarks } from './breach-marks.ts';
import type { Breach } from './breaches-api.ts';

function breach(id: string, accountId: string, occurredOn: string, recoveredOn: string | null): Breach {
  return {
    id,
    accountId,
    occurredOn,
    direction: 'we_breached',
    recovery: { before: 70, lowest: 50, lowestOn: occurredOn, now: 72, recoveredOn, daysToRecovery: null },
  } as Breach;
}

const DATES = ['2025-04-30', '2025-05-31', '2026-03-15'];

describe('the breaches marked on a trend', () => {
  it('marks the breach and the day trust came back, oldest first', () => {
    const marks = breachMarks([breach('b', 'acc', '2026-01-10', '2026-02-20'), breach('a', 'acc', '2025-06-01', null)], 'acc', DATES);
    expect(marks.map((m) => [m.breachId, m.kind, m.on])).toEqual([
      ['a', 'breach', '2025-06-01'],
      ['b', 'breach', '2026-01-10'],
      ['b', 'recovered', '2026-02-20'],
    ]);
  });

  it('leaves out other accounts, days outside the trend, and a recovery on the breach day itself', () => {
    const marks = breachMarks(
      [breach('other', 'elsewhere', '2026-01-10', null), breach('old', 'acc', '2025-03-31', '2025-04-02'), breach('flat', 'acc', '2026-01-05', '2026-01-05')],
      'acc',
      DATES,
    );
    expect(marks.map((m) => [m.breachId, m.kind])).toEqual([
      ['old', 'recovered'],
      ['flat', 'breach'],
    ]);
  });

  it('marks nothing on an empty trend', () => {
    expect(breachMarks([breach('a', 'acc', '2026-01-10', null)], 'acc', [])).toEqual([]);
  });
});
