import { describe, it, expect } from 'vitest';
import {
  amountWord,
  CATEGORY_PATTERN,
  DIMENSIONS,
  dimensionOf,
  FOUNDATIONS,
  foundationsOf,
  isValidAmount,
  STAKEHOLDER_CATEGORIES,
} from './vocabulary.ts';

describe('foundations and dimensions', () => {
  it('has nine foundations, three per dimension', () => {
    expect(FOUNDATIONS).toHaveLength(9);
    for (const d of DIMENSIONS) expect(foundationsOf(d)).toHaveLength(3);
    expect(foundationsOf('intentional')).toEqual(['authenticity', 'honesty', 'fairness']);
    expect(foundationsOf('professional')).toEqual(['competence', 'service', 'learning']);
    expect(foundationsOf('contractual')).toEqual(['transparency', 'result', 'fair_play']);
  });

  it('gives each foundation the dimension that lists it', () => {
    for (const d of DIMENSIONS) for (const f of foundationsOf(d)) expect(dimensionOf(f)).toBe(d);
  });
});

describe('amounts', () => {
  it('accepts whole numbers −5…−1 and 1…5 only', () => {
    for (const a of [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]) expect(isValidAmount(a)).toBe(true);
    for (const a of [0, 6, -6, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(isValidAmount(a)).toBe(false);
  });

  it('names the size of an amount, whatever its sign', () => {
    expect(amountWord(1)).toBe('gesture');
    expect(amountWord(-3)).toBe('significant');
    expect(amountWord(5)).toBe('defining');
    expect(() => amountWord(0)).toThrow(RangeError);
    expect(() => amountWord(6)).toThrow(RangeError);
  });
});

describe('category keys', () => {
  it('accepts every known category and custom lower-case keys', () => {
    for (const c of STAKEHOLDER_CATEGORIES) expect(CATEGORY_PATTERN.test(c)).toBe(true);
    expect(CATEGORY_PATTERN.test('local_press2')).toBe(true);
  });

  it('rejects keys with capitals, spaces, leading digits or more than 40 characters', () => {
    for (const c of ['Customers', 'local press', '2nd_tier', '_x', '', 'a'.repeat(41)]) {
      expect(CATEGORY_PATTERN.test(c)).toBe(false);
    }
    expect(CATEGORY_PATTERN.test('a'.repeat(40))).toBe(true);
  });
});
