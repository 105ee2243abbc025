import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { bandOf, DISTRUST_BELOW, opinionOf, TRUST_FROM, UNCERTAIN_ABOVE } from './opinion.ts';
import { PARAMETER_LIMITS } from './parameters.ts';

describe('bandOf', () => {
  it('puts the band boundaries where the model says', () => {
    expect(bandOf(49.99, 0.2)).toBe('distrust');
    expect(bandOf(50, 0.2)).toBe('neutral');
    expect(bandOf(59.99, 0.2)).toBe('neutral');
    expect(bandOf(60, 0.2)).toBe('trust');
    expect(bandOf(0, 0)).toBe('distrust');
    expect(bandOf(100, 0)).toBe('trust');
    expect([DISTRUST_BELOW, TRUST_FROM, UNCERTAIN_ABOVE]).toEqual([50, 60, 0.5]);
  });

  it('calls a figure uncertain only when u is above 0.5', () => {
    expect(bandOf(80, 0.5)).toBe('trust');
    expect(bandOf(80, 0.5000001)).toBe('uncertain');
    expect(bandOf(10, 0.51)).toBe('uncertain');
    expect(bandOf(55, 1)).toBe('uncertain');
  });
});

describe('opinionOf', () => {
  it('with no evidence is all uncertainty and sits at the base rate', () => {
    expect(opinionOf({ r: 0, s: 0 }, 2, 0.5)).toEqual({
      belief: 0,
      disbelief: 0,
      uncertainty: 1,
      trustLevel: 50,
      band: 'uncertain',
    });
    expect(opinionOf({ r: 0, s: 0 }, 2, 0.7).trustLevel).toBeCloseTo(70, 12);
  });

  it('follows the formulas b = r/(r+s+W), d = s/(r+s+W), u = W/(r+s+W), T = 100(b + a·u)', () => {
    const o = opinionOf({ r: 3, s: 1 }, 2, 0.5); // total 6
    expect(o.belief).toBeCloseTo(0.5, 12);
    expect(o.disbelief).toBeCloseTo(1 / 6, 12);
    expect(o.uncertainty).toBeCloseTo(1 / 3, 12);
    expect(o.trustLevel).toBeCloseTo(100 * (3 + 0.5 * 2) / 6, 12); // 66.6667
    expect(o.band).toBe('trust');
  });

  it('b + d + u = 1 and T = 100(r + aW)/(r + s + W) for any evidence and parameters', () => {
    const evidence = fc.double({ min: 0, max: 1e4, noNaN: true });
    const W = fc.double({ min: PARAMETER_LIMITS.priorWeight.min, max: PARAMETER_LIMITS.priorWeight.max, noNaN: true });
    const a = fc.double({ min: PARAMETER_LIMITS.baseRate.min, max: PARAMETER_LIMITS.baseRate.max, noNaN: true });
    fc.assert(
      fc.property(evidence, evidence, W, a, (r, s, w, baseRate) => {
        const o = opinionOf({ r, s }, w, baseRate);
        expect(o.belief + o.disbelief + o.uncertainty).toBeCloseTo(1, 12);
        expect(o.trustLevel).toBeCloseTo((100 * (r + baseRate * w)) / (r + s + w), 9);
        expect(o.band).toBe(bandOf(o.trustLevel, o.uncertainty));
      }),
    );
  });
});
