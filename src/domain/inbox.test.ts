import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { deposit, withdrawal } from './arbitraries.ts';
import { addDays } from './calendar.ts';
import { buildInbox, compareInboxItems, MEASURE_EPSILON, type Acknowledgement } from './inbox.ts';
import { AS_OF, accountOf, ago } from './signal-fixtures.ts';
import { SEVERITIES, detectSignals, type Signal } from './signals.ts';

function signal(key: string, overrides: Partial<Signal> = {}): Signal {
  return {
    key,
    kind: 'small_incidents',
    severity: 'medium',
    measure: 3,
    stakeholderId: 's',
    relationId: 'r',
    accountId: 'a',
    accountIds: ['a'],
    importance: 3,
    foundation: null,
    dimension: null,
    evidence: [],
    facts: {},
    title: { en: key, nl: key },
    action: { en: 'do', nl: 'doe' },
    ...overrides,
  };
}

function ack(key: string, measure: number, acknowledgedAt = '2025-06-01T10:00:00.000Z', note = ''): Acknowledgement {
  return { key, measure, note, acknowledgedAt };
}

describe('buildInbox: acknowledgement', () => {
  const s = signal('k', { measure: 3 });

  it('lists unacknowledged signals', () => {
    expect(buildInbox([s], [])).toEqual([{ ...s, acknowledged: null }]);
  });

  it('hides a signal while its measure is no bigger than acknowledged', () => {
    expect(buildInbox([s], [ack('k', 3)])).toEqual([]);
    expect(buildInbox([s], [ack('k', 5)])).toEqual([]);
    expect(buildInbox([signal('k', { measure: 3 + MEASURE_EPSILON / 10 })], [ack('k', 3)])).toEqual([]);
  });

  it('shows it with the acknowledgement in force when asked', () => {
    const a = ack('k', 3, '2025-06-01T10:00:00.000Z', 'talked to them');
    expect(buildInbox([s], [a], { includeAcknowledged: true })).toEqual([{ ...s, acknowledged: a }]);
  });

  it('raises it again when the cause grows', () => {
    const grown = signal('k', { measure: 4 });
    expect(buildInbox([grown], [ack('k', 3)])).toEqual([{ ...grown, acknowledged: null }]);
    expect(buildInbox([grown], [ack('k', 3)], { includeAcknowledged: true })).toEqual([{ ...grown, acknowledged: null }]);
  });

  it('counts only the newest acknowledgement per key, by time, then by position', () => {
    const older = ack('k', 5, '2025-05-01T00:00:00.000Z');
    const newer = ack('k', 2, '2025-06-01T00:00:00.000Z');
    expect(buildInbox([s], [older, newer])).toEqual([{ ...s, acknowledged: null }]);
    expect(buildInbox([s], [newer, older])).toEqual([{ ...s, acknowledged: null }]);
    const later = ack('k', 2, '2025-07-01T00:00:00.000Z', 'second look');
    const newest = ack('k', 4, '2025-08-01T00:00:00.000Z', 'fine after all');
    expect(buildInbox([s], [newest, later], { includeAcknowledged: true })[0]?.acknowledged).toBe(newest);
    const same = '2025-06-01T00:00:00.000Z';
    expect(buildInbox([s], [ack('k', 5, same), ack('k', 1, same)])).toHaveLength(1);
    expect(buildInbox([s], [ack('k', 1, same), ack('k', 5, same)])).toHaveLength(0);
  });

  it('applies an acknowledgement to its own key only', () => {
    const other = signal('other');
    expect(buildInbox([s, other], [ack('other', 10)]).map((i) => i.key)).toEqual(['k']);
  });
});

describe('buildInbox: order', () => {
  it('orders by importance, severity, measure, then key', () => {
    const signals = [
      signal('e', { importance: 2, severity: 'high', measure: 9 }),
      signal('d', { importance: 4, severity: 'low', measure: 9 }),
      signal('c', { importance: 4, severity: 'high', measure: 1 }),
      signal('b', { importance: 4, severity: 'high', measure: 2 }),
      signal('a2', { importance: 4, severity: 'medium', measure: 2 }),
      signal('a1', { importance: 4, severity: 'medium', measure: 2 }),
      signal('f', { importance: 5, severity: 'low', measure: 1 }),
    ];
    expect(buildInbox(signals, []).map((i) => i.key)).toEqual(['f', 'b', 'c', 'a1', 'a2', 'd', 'e']);
  });

  it('is a total order that does not depend on the input order', () => {
    const signalArb = fc
      .record({
        key: fc.string({ minLength: 1, maxLength: 4 }),
        importance: fc.integer({ min: 1, max: 5 }),
        severity: fc.constantFrom(...SEVERITIES),
        measure: fc.integer({ min: 1, max: 6 }),
      })
      .map(({ key, ...rest }) => signal(key, rest));
    fc.assert(
      fc.property(fc.uniqueArray(signalArb, { selector: (s) => s.key, maxLength: 20 }), (signals) => {
        const inbox = buildInbox(signals, []);
        expect(buildInbox([...signals].reverse(), [])).toEqual(inbox);
        for (let i = 1; i < inbox.length; i++) {
          const [a, b] = [inbox[i - 1], inbox[i]];
          if (a && b) expect(compareInboxItems(a, b)).toBeLessThan(0);
        }
      }),
    );
  });
});

describe('buildInbox with detected signals', () => {
  it('hides acknowledged small incidents until another one is recorded', () => {
    const ledger = [
      withdrawal('a', ago(30), 'honesty', 1, 'unintentional'),
      withdrawal('b', ago(20), 'result', 1, 'unintentional'),
      withdrawal('c', ago(10), 'service', 2, 'unintentional'),
    ];
    const key = 'small_incidents:acme-received';
    const before = buildInbox(detectSignals([accountOf(ledger)], AS_OF), []).find((i) => i.key === key);
    expect(before?.measure).toBe(3);
    const acknowledged = [ack(key, 3)];
    expect(buildInbox(detectSignals([accountOf(ledger)], AS_OF), acknowledged).map((i) => i.key)).not.toContain(key);
    const tomorrow = addDays(AS_OF, 1);
    const grown = [...ledger, withdrawal('d', tomorrow, 'learning', 1, 'unintentional')];
    const again = buildInbox(detectSignals([accountOf(grown, { asOf: tomorrow })], tomorrow), acknowledged);
    expect(again.find((i) => i.key === key)).toMatchObject({ measure: 4, acknowledged: null, evidence: ['a', 'b', 'c', 'd'] });
  });

  it('brings an acknowledged fading signal back one cadence later, not the next day', () => {
    const ledger = [deposit('d', ago(100), 'service', 3)];
    const key = 'fading:acme-received';
    const fadingAt = (days: number) => {
      const asOf = addDays(AS_OF, days);
      return buildInbox(detectSignals([accountOf(ledger, { asOf })], asOf), [ack(key, 1)]).find((i) => i.key === key);
    };
    expect(fadingAt(0)).toBeUndefined();
    expect(fadingAt(1)).toBeUndefined();
    expect(fadingAt(79)).toBeUndefined(); // 179 days: still one period
    expect(fadingAt(80)).toMatchObject({ measure: 2, acknowledged: null }); // 180 days
  });

  it('works the example of docs/model.md (Signals, Example)', () => {
    const ledger = [
      withdrawal('a', ago(30), 'honesty', 1, 'unintentional'),
      withdrawal('b', ago(20), 'result', 1, 'unintentional'),
      withdrawal('c', ago(10), 'service', 1, 'unintentional'),
    ];
    const today = detectSignals([accountOf(ledger)], AS_OF);
    const find = (signals: readonly Signal[], kind: Signal['kind']) => signals.find((s) => s.kind === kind);
    expect(find(today, 'small_incidents')).toMatchObject({ severity: 'medium', measure: 3, evidence: ['a', 'b', 'c'] });
    expect(find(today, 'negative_balance')).toMatchObject({ severity: 'high', measure: 7, facts: { balance: -6.62 } });
    const acks = today.filter((s) => s.kind === 'small_incidents' || s.kind === 'negative_balance').map((s) => ack(s.key, s.measure));
    const tomorrow = addDays(AS_OF, 1);
    const quiet = detectSignals([accountOf(ledger, { asOf: tomorrow })], tomorrow);
    expect(buildInbox(quiet, acks).map((i) => i.kind)).not.toContain('small_incidents');
    expect(buildInbox(quiet, acks).map((i) => i.kind)).not.toContain('negative_balance');
    const grown = [...ledger, withdrawal('d', tomorrow, 'learning', 1, 'unintentional')];
    const inbox = buildInbox(detectSignals([accountOf(grown, { asOf: tomorrow })], tomorrow), acks);
    expect(find(inbox, 'small_incidents')?.measure).toBe(4);
    expect(find(inbox, 'negative_balance')?.measure).toBe(9);
  });
});
