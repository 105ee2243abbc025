import { describe, expect, it } from 'vitest';
import { controlAgainstTrust, controlVerdict } from './statement-control.ts';
import { statementReturns, type ReturnsAccount } from './statement-returns.ts';
import { yearlyControlCost } from './control-measures.ts';

const account = (name: string, importance: number, balance: number, intentional: number, professional: number, contractual: number, direction: ReturnsAccount['direction'] = 'received'): ReturnsAccount => ({
  relationId: name,
  stakeholderName: name,
  direction,
  importance,
  balance,
  legBalances: { intentional, professional, contractual },
});

describe('dividend and interest', () => {
  // Bakkerij: balance 6 (legs 3, 2, 1), importance 4; Stad: balance 2 (legs 2, −1, 1), importance 2;
  // Drukker: balance −3 (legs −1, −3, 1), importance 5; an account at 0 pays nothing and costs nothing.
  const returns = statementReturns([
    account('Bakkerij', 4, 6, 3, 2, 1),
    account('Stad', 2, 2, 2, -1, 1, 'given'),
    account('Drukker', 5, -3, -1, -3, 1),
    account('Nul', 5, 0, 2, -2, 0),
  ]);

  it('ties each dividend item to the accounts in credit whose leg drives it, weighted by importance', () => {
    const engagement = returns.dividend.find((l) => l.item === 'engagement')!;
    // intentional: 4·3 + 2·2 = 16
    expect(engagement.weight).toBe(16);
    expect(engagement.causes.map((c) => [c.stakeholderName, c.direction, c.legBalance])).toEqual([['Bakkerij', 'received', 3], ['Stad', 'given', 2]]);
    // professional: only Bakkerij's leg is in credit: 4·2 = 8; contractual: 4·1 + 2·1 = 6
    expect(returns.dividend.find((l) => l.item === 'productivity')!.weight).toBe(8);
    expect(returns.dividend.find((l) => l.item === 'lower_transaction_cost')!.weight).toBe(6);
    expect(returns.dividend[0]!.dimension).toBe('intentional');
  });

  it('charges interest only where the account and the leg are both in debit', () => {
    // professional: 5·3 = 15; intentional: 5·1 = 5; Drukker's contractual leg is in credit: no interest there
    expect(returns.interest.find((l) => l.item === 'micromanagement')!.weight).toBe(15);
    expect(returns.interest.find((l) => l.item === 'factions')!.weight).toBe(5);
    expect(returns.interest.some((l) => l.item === 'compulsive_control')).toBe(false);
    expect(returns.interest[0]!.item).toBe('slower_decisions');
    expect(returns.interest.flatMap((l) => l.causes.map((c) => c.stakeholderName))).not.toContain('Nul');
  });
});

describe('control against trust', () => {
  it('says control could be eased at T ≥ 70 and u ≤ 0.3 with spending, justified below 50', () => {
    expect(controlVerdict({ trustLevel: 70, uncertainty: 0.3, yearlyEuros: 100, yearlyHours: 0 })).toBe('could_ease');
    expect(controlVerdict({ trustLevel: 69.9, uncertainty: 0.1, yearlyEuros: 100, yearlyHours: 0 })).toBe('proportionate');
    expect(controlVerdict({ trustLevel: 80, uncertainty: 0.31, yearlyEuros: 0, yearlyHours: 8 })).toBe('proportionate');
    expect(controlVerdict({ trustLevel: 40, uncertainty: 0.2, yearlyEuros: 100, yearlyHours: 0 })).toBe('justified');
    expect(controlVerdict({ trustLevel: 90, uncertainty: 0.1, yearlyEuros: 0, yearlyHours: 0 })).toBe('none');
  });

  it('sums spending and the part that could be eased, most spent first', () => {
    const summary = controlAgainstTrust([
      { relationId: 'a', stakeholderName: 'A', trustLevel: 82, uncertainty: 0.2, yearlyEuros: 6000, yearlyHours: 40, measures: 2 },
      { relationId: 'b', stakeholderName: 'B', trustLevel: 35, uncertainty: 0.2, yearlyEuros: 9000, yearlyHours: 0, measures: 1 },
      { relationId: 'c', stakeholderName: 'C', trustLevel: 75, uncertainty: 0.25, yearlyEuros: 0, yearlyHours: 12, measures: 1 },
      { relationId: 'd', stakeholderName: 'D', trustLevel: 90, uncertainty: 0.1, yearlyEuros: 0, yearlyHours: 0, measures: 0 },
    ]);
    expect(summary.lines.map((l) => [l.stakeholderName, l.verdict])).toEqual([['B', 'justified'], ['A', 'could_ease'], ['C', 'could_ease']]);
    expect([summary.totalEuros, summary.totalHours, summary.easableEuros, summary.easableHours]).toEqual([15000, 52, 6000, 52]);
  });

  it('counts a measure from its start up to the day before its end', () => {
    const measures = [
      { startedOn: '2025-01-01', endedOn: null, yearlyEuros: 1000, yearlyHours: null },
      { startedOn: '2025-01-01', endedOn: '2026-01-01', yearlyEuros: 500, yearlyHours: 10 },
      { startedOn: '2026-02-01', endedOn: null, yearlyEuros: null, yearlyHours: 4 },
    ];
    expect(yearlyControlCost(measures, '2025-12-31')).toEqual({ euros: 1500, hours: 10, measures: 2 });
    expect(yearlyControlCost(measures, '2026-01-01')).toEqual({ euros: 1000, hours: 0, measures: 1 });
    expect(yearlyControlCost(measures, '2026-06-30')).toEqual({ euros: 1000, hours: 4, measures: 2 });
  });
});
