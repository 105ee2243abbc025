import { describe, expect, it } from 'vitest';
import { breachesNeedingAttention } from './breach-attention.ts';
import type { Breach } from './breaches-api.ts';

function breach(id: string, status: Breach['status'], occurredOn: string, followUpOn: string | null, dues: Array<[string | null, string | null]> = []): Breach {
  return {
    id,
    status,
    occurredOn,
    followUpOn,
    actions: dues.map(([dueOn, doneOn], i) => ({ id: `${id}-${i}`, description: 'x', owner: '', dueOn, doneOn })),
  } as unknown as Breach;
}

const TODAY = '2026-03-15';

describe('the breaches that need attention', () => {
  it('lists only open breaches and those in repair, overdue first', () => {
    const listed = breachesNeedingAttention(
      [
        breach('later', 'open', '2026-03-01', '2026-04-01'),
        breach('restored', 'restored', '2026-01-01', '2026-01-10'),
        breach('action-late', 'in_repair', '2026-01-05', '2026-05-01', [['2026-03-09', null]]),
        breach('no-date', 'open', '2026-03-10', null),
        breach('ended', 'relation_ended', '2026-02-01', null),
      ],
      TODAY,
    );
    expect(listed.map((l) => [l.breach.id, l.overdue, l.nextOn])).toEqual([
      ['action-late', true, '2026-03-09'],
      ['later', false, '2026-04-01'],
      ['no-date', false, null],
    ]);
  });

  it('does not count an action that is done', () => {
    const [only] = breachesNeedingAttention([breach('done', 'in_repair', '2026-01-05', '2026-04-01', [['2026-02-01', '2026-02-01']])], TODAY);
    expect(only!.overdue).toBe(false);
    expect(only!.nextOn).toBe('2026-04-01');
  });
});
