import { describe, expect, it } from 'vitest';
import { formatJournal, formatWeight, accountSegment, stakeholderSegments, type JournalEntry } from './journal-format.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import { undecayedByFoundation } from './undecayed-sums.ts';

const entry = (id: string, fields: Partial<JournalEntry>): JournalEntry => ({
  id,
  stakeholderId: 's1',
  direction: 'received',
  occurredOn: '2025-06-01',
  foundation: 'honesty',
  amount: 3,
  intent: null,
  reverses: null,
  note: '',
  ...fields,
});

describe('accountSegment', () => {
  it('keeps a name readable and safe as one account-name segment', () => {
    expect(accountSegment('Molen De Hoop')).toBe('Molen De Hoop');
    expect(accountSegment('Bank:  Zuid\tWest')).toBe('Bank Zuid West');
    expect(accountSegment('(Stichting) Kunst; en cultuur [vzw]')).toBe('Stichting Kunst en cultuur vzw');
    expect(accountSegment(' :: ')).toBe('unnamed');
  });

  it('tells apart two stakeholders whose names would read the same', () => {
    const segments = stakeholderSegments([
      { id: 'aaaaaaaa-1', name: 'Jansen: bouw' },
      { id: 'bbbbbbbb-2', name: 'Jansen  bouw' },
      { id: 'cccccccc-3', name: 'Peeters' },
    ]);
    expect([...segments.values()]).toEqual(['Jansen bouw aaaaaaaa', 'Jansen bouw bbbbbbbb', 'Peeters']);
  });
});

describe('formatWeight', () => {
  it('writes plain decimals of at most six places', () => {
    expect([formatWeight(3), formatWeight(-4.5), formatWeight(-2 * 2.3), formatWeight(1 / 3), formatWeight(-0)]).toEqual(['3', '-4.5', '-4.6', '0.333333', '0']);
  });
});

describe('formatJournal', () => {
  const entries = [
    entry('e1', { amount: 3, foundation: 'result', note: 'Delivered\non time; thanks' }),
    entry('e2', { occurredOn: '2025-07-01', amount: -2, intent: 'intentional', foundation: 'fairness', direction: 'given' }),
    entry('e3', { occurredOn: '2025-07-01', amount: 2, intent: 'intentional', foundation: 'fairness', direction: 'given', reverses: 'e2', note: 'wrong supplier' }),
    entry('e4', { occurredOn: '2025-05-01', amount: -1, intent: 'unknown', foundation: 'competence' }),
  ];
  const journal = formatJournal({
    organisationName: 'Bakkerij\nPeeters',
    parameterVersion: 3,
    parameters: DEFAULT_PARAMETERS,
    exportedAt: '2026-03-01T09:00:00.000Z',
    stakeholders: [{ id: 's1', name: 'Molen: De Hoop' }],
    entries,
  });

  it('names the organisation and parameter version in a header comment', () => {
    expect(journal.split('\n').slice(0, 3)).toEqual([
      '; Trust Ledger journal of Bakkerij Peeters',
      '; Exported 2026-03-01T09:00:00.000Z under parameter version 3:',
      ';   withdrawal weight L = 2.25, intentional factor K = 2.',
    ]);
  });

  it('writes one transaction per entry in date order, in undecayed weights against equity:trust', () => {
    const body = journal.split('\n\n').slice(1).join('\n\n');
    expect(body).toBe(
      [
        '2025-05-01 * (e4) withdrawal -1, unknown',
        '    trust:received:Molen De Hoop:professional:competence  -2.25 TU',
        '    equity:trust',
        '',
        '2025-06-01 * (e1) deposit 3 - Delivered on time, thanks',
        '    trust:received:Molen De Hoop:contractual:result  3 TU',
        '    equity:trust',
        '',
        '2025-07-01 * (e2) withdrawal -2, intentional',
        '    trust:given:Molen De Hoop:intentional:fairness  -9 TU',
        '    equity:trust',
        '',
        '2025-07-01 * (e3) reversal - wrong supplier',
        '    ; reverses e2',
        '    trust:given:Molen De Hoop:intentional:fairness  9 TU',
        '    equity:trust',
        '',
      ].join('\n'),
    );
  });

  it('adds up per account to the undecayed sums', () => {
    const received = undecayedByFoundation(entries.filter((e) => e.direction === 'received'), DEFAULT_PARAMETERS);
    expect(Object.fromEntries(received)).toEqual({ result: 3, competence: -2.25 });
    expect(undecayedByFoundation(entries.filter((e) => e.direction === 'given'), DEFAULT_PARAMETERS).size).toBe(0);
  });
});
