import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.ts';
import { dailyTrust, recoveryOf } from './breach-recovery.ts';
import { evidenceByFoundation, totalEvidence } from './evidence.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { opinionOf } from './opinion.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';

const entry = (id: string, occurredOn: string, amount: number): LedgerEntry => ({
  id,
  occurredOn,
  amount,
  foundation: 'competence',
  intent: amount < 0 ? 'unintentional' : null,
  reverses: null,
});

/**
 * A fixed ledger under the default parameters (deposit half-life 365 days, withdrawal 730, L 2.25,
 * W 2, base rate 0.5): a +3 on 1 January, the breach — a −1 by side effect — on 1 March, and
 * repair deposits of +3, +4 and +4 on 15 March, 1 April and 1 May.
 */
const LEDGER = [
  entry('a', '2026-01-01', 3),
  entry('b', '2026-03-01', -1),
  entry('c', '2026-03-15', 3),
  entry('d', '2026-04-01', 4),
  entry('e', '2026-05-01', 4),
];

describe('recovery after a breach', () => {
  const recovery = recoveryOf(LEDGER, '2026-03-01', '2026-06-30', DEFAULT_PARAMETERS, 0.5);

  it('reads T the day before the breach', () => {
    // 28 February: r = 3·2^(−58/365) = 2.68712, s = 0; T = 100·(r + 0.5·2)/(r + 2) = 78.665.
    expect(recovery.before).toBeCloseTo(78.665, 3);
  });

  it('finds the lowest point: the day before the first repair deposit', () => {
    // 14 March: r = 3·2^(−72/365) = 2.61662, s = 2.25·2^(−13/730) = 2.22240;
    // T = 100·(2.61662 + 1)/(2.61662 + 2.22240 + 2) = 52.882.
    expect(recovery.lowestOn).toBe('2026-03-14');
    expect(recovery.lowest).toBeCloseTo(52.882, 3);
  });

  it('counts the days until T is first back at its level before the breach', () => {
    // 1 April brings T to 76.61, short of 78.67; it falls to 76.06 by 30 April; the +4 of 1 May
    // lifts it to 81.66: 61 days after 1 March.
    expect(recovery.recoveredOn).toBe('2026-05-01');
    expect(recovery.daysToRecovery).toBe(61);
    expect(recovery.now).toBeCloseTo(80.641, 3);
  });

  it('is not recovered while T stays below its level before', () => {
    const early = recoveryOf(LEDGER, '2026-03-01', '2026-04-30', DEFAULT_PARAMETERS, 0.5);
    expect(early.recoveredOn).toBeNull();
    expect(early.daysToRecovery).toBeNull();
    expect(early.now).toBeCloseTo(76.057, 3);
  });

  it('takes no days when T never fell below its level before', () => {
    const mild = recoveryOf([entry('a', '2026-01-01', 3), entry('c', '2026-03-01', 1)], '2026-03-01', '2026-03-01', DEFAULT_PARAMETERS, 0.5);
    expect(mild.recoveredOn).toBe('2026-03-01');
    expect(mild.daysToRecovery).toBe(0);
  });

  it('reads every day as the batch form does', () => {
    const days = dailyTrust(LEDGER, '2025-12-30', '2026-07-31', DEFAULT_PARAMETERS, 0.5);
    expect(days).toHaveLength(214);
    for (const [i, day] of days.entries()) {
      expect(day.on).toBe(addDays('2025-12-30', i));
      const batch = opinionOf(totalEvidence(evidenceByFoundation(LEDGER, day.on, DEFAULT_PARAMETERS)), 2, 0.5).trustLevel;
      expect(day.trustLevel).toBeCloseTo(batch, 9);
    }
  });

  it('leaves a reversed withdrawal out, as every figure does', () => {
    const reversal: LedgerEntry = { ...entry('r', '2026-03-01', 1), reverses: 'b' };
    const withoutBreach = LEDGER.filter((e) => e.id !== 'b');
    expect(recoveryOf([...LEDGER, reversal], '2026-03-01', '2026-06-30', DEFAULT_PARAMETERS, 0.5)).toEqual(
      recoveryOf(withoutBreach, '2026-03-01', '2026-06-30', DEFAULT_PARAMETERS, 0.5),
    );
  });
});
