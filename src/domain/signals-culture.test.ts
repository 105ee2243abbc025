import { describe, it, expect } from 'vitest';
import { deposit, reversalOf, withdrawal } from './arbitraries.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { AS_OF, accountOf, ago, ofKind, only, otherAccount } from './signal-fixtures.ts';
import { detectSignals } from './signals.ts';

const onResult = (id: string, days: number) => withdrawal(id, ago(days), 'result', 1, 'unintentional');

function three(c: readonly LedgerEntry[] = [onResult('c1', 30)]) {
  return [
    otherAccount('Alpha', [onResult('a1', 90), deposit('a2', ago(5), 'result', 3), withdrawal('a3', ago(5), 'honesty', 1, 'unknown')]),
    otherAccount('Beta', [onResult('b1', 0)], { importance: 5 }),
    otherAccount('Gamma', c, { importance: 2 }),
  ];
}

describe('culture_pattern', () => {
  it('is raised by withdrawals on one foundation across 3 accounts within 90 days', () => {
    const signal = only(detectSignals(three(), AS_OF), 'culture_pattern');
    expect(signal).toMatchObject({
      key: 'culture_pattern:result',
      severity: 'medium',
      measure: 3,
      stakeholderId: null,
      relationId: null,
      accountId: null,
      accountIds: ['alpha-received', 'beta-received', 'gamma-received'],
      importance: 5,
      foundation: 'result',
      dimension: 'contractual',
      evidence: ['a1', 'c1', 'b1'],
      facts: { accounts: 3, stakeholders: 3, withdrawals: 3, windowDays: 90 },
    });
    expect(signal.title.en).toBe('Pattern: withdrawals on result across 3 trust accounts in 90 days');
    expect(signal.title.nl).toBe('Patroon: afnames op resultaat bij 3 vertrouwensrekeningen in 90 dagen');
  });

  it('is not raised just below the threshold', () => {
    const c1 = onResult('c1', 30);
    const cases: LedgerEntry[][] = [
      [], // two accounts
      [onResult('c1', 91)], // one 91 days old
      [c1, reversalOf(c1, 'x', AS_OF)], // reversed
      [onResult('c1', -1)], // after asOf
      [withdrawal('c1', ago(30), 'transparency', 1, 'unknown')], // same dimension, other foundation
    ];
    for (const c of cases) expect(ofKind(detectSignals(three(c), AS_OF), 'culture_pattern')).toEqual([]);
  });

  it('counts accounts, not withdrawals', () => {
    const one = otherAccount('Alpha', [onResult('a1', 1), onResult('a2', 2), onResult('a3', 3)]);
    const two = otherAccount('Beta', [onResult('b1', 1)]);
    expect(ofKind(detectSignals([one, two], AS_OF), 'culture_pattern')).toEqual([]);
  });

  it('counts both directions, each account once', () => {
    const accounts = [
      accountOf([onResult('r1', 10), onResult('r2', 12)], { direction: 'received' }),
      accountOf([onResult('g1', 20)], { direction: 'given' }),
      otherAccount('Beta', [onResult('b1', 30)]),
    ];
    const signal = only(detectSignals(accounts, AS_OF), 'culture_pattern');
    expect(signal).toMatchObject({
      measure: 3,
      accountIds: ['acme-received', 'acme-given', 'beta-received'],
      evidence: ['r1', 'r2', 'g1', 'b1'].reverse(),
      facts: { accounts: 3, stakeholders: 2, withdrawals: 4 },
    });
  });

  it('is high from 5 accounts, one signal per foundation', () => {
    const names = ['A', 'B', 'C', 'D', 'E'];
    const accounts = names.map((n, i) =>
      otherAccount(n, [onResult(`${n}r`, i), withdrawal(`${n}h`, ago(i), 'honesty', 2, 'unintentional')]),
    );
    accounts.push(otherAccount('F', [withdrawal('Fh', ago(9), 'honesty', 1, 'unknown')]));
    const signals = ofKind(detectSignals(accounts, AS_OF), 'culture_pattern');
    expect(signals.map((s) => [s.key, s.severity, s.measure])).toEqual([
      ['culture_pattern:honesty', 'high', 6],
      ['culture_pattern:result', 'high', 5],
    ]);
  });
});
