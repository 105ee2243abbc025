import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exposesBySubtraction,
  isValidMinimum,
  mayShowComments,
  mayShowFigures,
  MIN_RESPONSES_DEFAULT,
  shuffledComments,
} from './survey-anonymity.ts';

const group = (members: string[], responses: number) => ({ members: new Set(members), responses });

describe('thresholds', () => {
  it('allows a minimum of 3 or more, never below', () => {
    expect(isValidMinimum(3)).toBe(true);
    expect(isValidMinimum(MIN_RESPONSES_DEFAULT)).toBe(true);
    expect(isValidMinimum(2)).toBe(false);
    expect(isValidMinimum(4.5)).toBe(false);
  });

  it('shows figures from the minimum on, and never below the floor whatever was configured', () => {
    expect(mayShowFigures(4, 5)).toBe(false);
    expect(mayShowFigures(5, 5)).toBe(true);
    expect(mayShowFigures(2, 1)).toBe(false);
    expect(mayShowFigures(3, 1)).toBe(true);
  });

  it('shows open answers only from 8 responses, and not before the figures', () => {
    expect(mayShowComments(7, 5)).toBe(false);
    expect(mayShowComments(8, 5)).toBe(true);
    expect(mayShowComments(9, 10)).toBe(false);
  });
});

describe('exposesBySubtraction', () => {
  const a = group(['supplier-1', 'supplier-2'], 12);

  it('refuses A ∪ B when A is reported and B alone would be below the minimum', () => {
    expect(exposesBySubtraction(group(['supplier-1', 'supplier-2', 'supplier-3'], 14), [a], 5)).toBe(true);
  });

  it('refuses A when A ∪ B is reported and B alone would be below the minimum', () => {
    expect(exposesBySubtraction(group(['supplier-1'], 10), [a], 5)).toBe(true);
  });

  it('allows a nested group whose difference is itself large enough, or adds no response', () => {
    expect(exposesBySubtraction(group(['supplier-1', 'supplier-2', 'supplier-3'], 17), [a], 5)).toBe(false);
    expect(exposesBySubtraction(group(['supplier-1', 'supplier-2', 'supplier-3'], 12), [a], 5)).toBe(false);
  });

  it('allows groups that do not nest, and the same group again', () => {
    expect(exposesBySubtraction(group(['supplier-2', 'supplier-3'], 14), [a], 5)).toBe(false);
    expect(exposesBySubtraction(group(['supplier-1', 'supplier-2'], 13), [a], 5)).toBe(false);
  });
});

describe('shuffledComments', () => {
  it('keeps every comment once, in an order decided by the random numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 30, maxLength: 30 }), (comments, numbers) => {
        let i = 0;
        const shuffled = shuffledComments(comments, () => numbers[i++ % numbers.length]!);
        expect([...shuffled].sort()).toEqual([...comments].sort());
      }),
    );
    // With always 0, Fisher–Yates moves the first to the end in turn: [a, b, c] → [b, c, a].
    expect(shuffledComments(['a', 'b', 'c'], () => 0)).toEqual(['b', 'c', 'a']);
  });
});
