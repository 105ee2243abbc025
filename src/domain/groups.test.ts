import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { directionOverview, groupBy, groupFigures, type GroupMember } from './groups.ts';
import { DIRECTIONS, LEVELS, STAKEHOLDER_CATEGORIES } from './vocabulary.ts';

function member(
  importance: number,
  trustLevel: number,
  balance: number,
  extra: Partial<Omit<GroupMember, 'importance' | 'reading'>> = {},
  legs: [number, number, number] = [50, 50, 50],
): GroupMember {
  return {
    direction: 'received',
    level: 'relational',
    category: 'customers',
    ...extra,
    importance,
    reading: {
      trustLevel,
      balance,
      legs: { intentional: { trustLevel: legs[0] }, professional: { trustLevel: legs[1] }, contractual: { trustLevel: legs[2] } },
    },
  };
}

describe('groupFigures', () => {
  it('weighs T and balance by importance, by hand', () => {
    // weights 1 + 3 = 4; T = (1·80 + 3·40) / 4 = 50; balance 3 + (−2) = 1; weighted 1·3 + 3·(−2) = −3
    expect(groupFigures([member(1, 80, 3), member(3, 40, -2)])).toEqual({
      accounts: 2,
      trustLevel: 50,
      balance: 1,
      weightedBalance: -3,
      legs: { intentional: 50, professional: 50, contractual: 50 },
    });
  });

  it('weighs each leg of the tripod by importance', () => {
    // intentional (1·90 + 3·30) / 4 = 45; professional (1·60 + 3·60) / 4 = 60; contractual (1·20 + 3·80) / 4 = 65
    const figures = groupFigures([member(1, 80, 3, {}, [90, 60, 20]), member(3, 40, -2, {}, [30, 60, 80])]);
    expect(figures.legs).toEqual({ intentional: 45, professional: 60, contractual: 65 });
    expect(groupFigures([]).legs).toEqual({ intentional: null, professional: null, contractual: null });
  });

  it('a second example: three accounts of importance 5, 2 and 1', () => {
    // T = (5·70 + 2·55 + 1·20) / 8 = 480 / 8 = 60
    const figures = groupFigures([member(5, 70, 4.5), member(2, 55, 0.5), member(1, 20, -6)]);
    expect(figures.trustLevel).toBeCloseTo(60, 12);
    expect(figures.balance).toBeCloseTo(-1, 12);
    expect(figures.weightedBalance).toBeCloseTo(5 * 4.5 + 2 * 0.5 - 6, 12); // 17.5
    expect(figures.accounts).toBe(3);
  });

  it('has no trust level for an empty group', () => {
    expect(groupFigures([])).toEqual({
      accounts: 0,
      trustLevel: null,
      balance: 0,
      weightedBalance: 0,
      legs: { intentional: null, professional: null, contractual: null },
    });
  });

  it('keeps T between the lowest and highest member T, and equal importances give the plain mean', () => {
    const members = fc.array(
      fc.record({
        importance: fc.integer({ min: 1, max: 5 }),
        trustLevel: fc.double({ min: 0.01, max: 99.99, noNaN: true }),
        balance: fc.double({ min: -500, max: 500, noNaN: true }),
      }),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(members, (rows) => {
        const figures = groupFigures(rows.map((r) => member(r.importance, r.trustLevel, r.balance)));
        const levels = rows.map((r) => r.trustLevel);
        expect(figures.trustLevel).not.toBeNull();
        expect(figures.trustLevel ?? NaN).toBeGreaterThanOrEqual(Math.min(...levels) - 1e-9);
        expect(figures.trustLevel ?? NaN).toBeLessThanOrEqual(Math.max(...levels) + 1e-9);
        const plain = groupFigures(rows.map((r) => member(3, r.trustLevel, r.balance)));
        const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
        expect(plain.trustLevel ?? NaN).toBeCloseTo(mean, 9);
      }),
    );
  });
});

describe('groupBy and directionOverview', () => {
  const members: GroupMember[] = [
    member(1, 80, 3, { level: 'market', category: 'customers' }),
    member(3, 40, -2, { level: 'relational', category: 'suppliers' }),
    member(2, 65, 1, { level: 'market', category: 'suppliers' }),
    member(4, 10, -9, { direction: 'given', level: 'societal', category: 'media' }),
  ];

  it('groups by key in first-seen order', () => {
    const byLevel = groupBy(members, (m) => m.level);
    expect(Object.keys(byLevel)).toEqual(['market', 'relational', 'societal']);
    expect(byLevel.market).toMatchObject({ accounts: 2, trustLevel: (80 + 2 * 65) / 3, balance: 4, weightedBalance: 5 });
  });

  it('takes only one direction and splits it by level and by category', () => {
    const received = directionOverview(members, 'received');
    expect(received.total.accounts).toBe(3);
    expect(received.total.trustLevel).toBeCloseTo((80 + 3 * 40 + 2 * 65) / 6, 12); // 55
    expect(Object.keys(received.byLevel)).toEqual(['market', 'relational']);
    expect(received.byCategory.suppliers).toMatchObject({ accounts: 2, trustLevel: (3 * 40 + 2 * 65) / 5, balance: -1, weightedBalance: -4 });

    const given = directionOverview(members, 'given');
    expect(given.total).toMatchObject({ accounts: 1, trustLevel: 10, balance: -9, weightedBalance: -36 });
  });

  it('the parts add up to the whole', () => {
    const arb = fc.array(
      fc.record({
        direction: fc.constantFrom(...DIRECTIONS),
        level: fc.constantFrom(...LEVELS),
        category: fc.constantFrom(...STAKEHOLDER_CATEGORIES),
        importance: fc.integer({ min: 1, max: 5 }),
        reading: fc.record({
          trustLevel: fc.double({ min: 0.01, max: 99.99, noNaN: true }),
          balance: fc.double({ min: -500, max: 500, noNaN: true }),
          legs: fc.record({
            intentional: fc.record({ trustLevel: fc.double({ min: 0.01, max: 99.99, noNaN: true }) }),
            professional: fc.record({ trustLevel: fc.double({ min: 0.01, max: 99.99, noNaN: true }) }),
            contractual: fc.record({ trustLevel: fc.double({ min: 0.01, max: 99.99, noNaN: true }) }),
          }),
        }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(...DIRECTIONS), (all, direction) => {
        const overview = directionOverview(all, direction);
        for (const parts of [overview.byLevel, overview.byCategory]) {
          const groups = Object.values(parts);
          expect(groups.reduce((n, g) => n + g.accounts, 0)).toBe(overview.total.accounts);
          expect(groups.reduce((n, g) => n + g.balance, 0)).toBeCloseTo(overview.total.balance, 6);
          expect(groups.reduce((n, g) => n + g.weightedBalance, 0)).toBeCloseTo(overview.total.weightedBalance, 6);
        }
      }),
    );
  });
});
