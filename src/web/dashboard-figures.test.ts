import { describe, expect, it } from 'vitest';
import { bandOf } from '../domain/opinion.ts';
import { changeOf, groupBand, leaning, trendStart, wholePercents } from './dashboard-figures.ts';

describe('the period of the dashboard trends', () => {
  it('starts on the first of the month so that 24 month ends lead up to the date', () => {
    expect(trendStart('2026-03-15')).toBe('2024-04-01');
    expect(trendStart('2026-12-31', 12)).toBe('2026-01-01');
    expect(trendStart('2026-01-05', 1)).toBe('2026-01-01');
  });
});

describe('the band of a group trust level', () => {
  it('follows the bands of the model for a certain reading', () => {
    for (const level of [0, 49.9, 50, 59.9, 60, 100]) expect(groupBand(level)).toBe(bandOf(level, 0));
  });
});

describe('the change of a series', () => {
  it('reads up, down or flat from the first figure to the last', () => {
    expect(changeOf([50, 55, 58.4])).toEqual({ direction: 'up', points: 8, fromIndex: 0 });
    expect(changeOf([70, 60])).toEqual({ direction: 'down', points: 10, fromIndex: 0 });
    expect(changeOf([60, 70, 60.6])).toEqual({ direction: 'flat', points: 0, fromIndex: 0 });
  });

  it('skips the months before a group had figures, and has nothing to say without any', () => {
    expect(changeOf([null, null, 40, 45])).toEqual({ direction: 'up', points: 5, fromIndex: 2 });
    expect(changeOf([null, null])).toBeNull();
    expect(changeOf([])).toBeNull();
  });
});

describe('the leadership profile in figures', () => {
  it('gives whole percentages that add up to 100', () => {
    expect(wholePercents({ intentional: 1 / 3, professional: 1 / 3, contractual: 1 / 3 })).toEqual({ intentional: 34, professional: 33, contractual: 33 });
    const odd = wholePercents({ intentional: 0.125, professional: 0.4375, contractual: 0.4375 });
    expect(odd.intentional + odd.professional + odd.contractual).toBe(100);
    expect(wholePercents({ intentional: 0, professional: 0, contractual: 1 })).toEqual({ intentional: 0, professional: 0, contractual: 100 });
  });

  it('leans on the dimension the leadership style names, and neglects the smallest share when it clearly trails', () => {
    expect(leaning({ intentional: 0.2, professional: 0.3, contractual: 0.5 }, 'command_and_control')).toEqual({ most: 'contractual', least: 'intentional' });
    expect(leaning({ intentional: 0.5, professional: 0.1, contractual: 0.4 }, 'inspiring')).toEqual({ most: 'intentional', least: 'professional' });
    expect(leaning({ intentional: 0.5, professional: 0.24, contractual: 0.26 }, 'inspiring')).toEqual({ most: 'intentional', least: null });
  });

  it('leans on nothing when balanced, and neglects nothing when the shares are about equal', () => {
    expect(leaning({ intentional: 0.34, professional: 0.33, contractual: 0.33 }, 'balanced')).toEqual({ most: null, least: null });
    expect(leaning({ intentional: 0.38, professional: 0.37, contractual: 0.25 }, 'balanced')).toEqual({ most: null, least: 'contractual' });
  });
});
