import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAccount } from './account-reading.ts';
import { emptyFoundationEvidence, evidenceByFoundation, type FoundationEvidence } from './evidence.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import { FOUNDATIONS } from './vocabulary.ts';
import {
  assess,
  requiredTrustLevel,
  toleratedUncertainty,
  type AssessmentInput,
  type FoundationRating,
  type Outcome,
} from './weighed-trust.ts';

const TODAY = '2026-05-01';
const W = DEFAULT_PARAMETERS.priorWeight;
const a = 0.5;

/** Evidence whose reading has exactly trust level `t` and uncertainty `u`, spread over every foundation. */
function accountWith(t: number, u: number): FoundationEvidence {
  const total = W / u - W;
  const r = (t / 100) * (total + W) - a * W;
  const s = total - r;
  return Object.fromEntries(FOUNDATIONS.map((f) => [f, { r: r / 9, s: s / 9 }])) as FoundationEvidence;
}

const input = (account: FoundationEvidence, vulnerability: number, extra: Partial<AssessmentInput> = {}): AssessmentInput => ({
  account,
  ratings: {},
  gut: 3,
  vulnerability,
  asOf: TODAY,
  parameters: DEFAULT_PARAMETERS,
  baseRate: a,
  ...extra,
});

describe('the bar a leap must clear', () => {
  it('rises with vulnerability: T* from 50 by 8, u* from 0.5 by 0.08', () => {
    expect([1, 2, 3, 4, 5].map(requiredTrustLevel)).toEqual([50, 58, 66, 74, 82]);
    expect([1, 2, 3, 4, 5].map(toleratedUncertainty).map((x) => Number(x.toFixed(2)))).toEqual([0.5, 0.42, 0.34, 0.26, 0.18]);
  });

  it.each([1, 2, 3, 4, 5])('at vulnerability %i: give on the bar, safeguards just below T* or just above u*, withhold below 50', (v) => {
    const tStar = requiredTrustLevel(v);
    const uStar = toleratedUncertainty(v);
    const outcome = (t: number, u: number) => assess(input(accountWith(t, u), v)).outcome;
    const eps = 1e-6;
    expect(outcome(tStar + eps, uStar - eps)).toBe('give');
    expect(outcome(tStar - eps, uStar - eps)).toBe(v === 1 ? 'withhold' : 'give_with_safeguards');
    expect(outcome(tStar + eps, uStar + eps)).toBe('give_with_safeguards');
    expect(outcome(50 - eps, uStar - eps)).toBe('withhold');
    expect(outcome(50 - eps, uStar + eps)).toBe('give_with_safeguards');
  });
});

describe('assess', () => {
  it('follows the worked example: three good ratings on an empty account, vulnerability 3, give', () => {
    const result = assess(input(emptyFoundationEvidence(), 3, { ratings: { competence: 2, result: 2, honesty: 1 } }));
    expect(result.reading.trustLevel).toBeCloseTo((100 * 6) / 7, 10);
    expect(result.reading.uncertainty).toBeCloseTo(2 / 7, 10);
    expect(result.outcome).toBe('give');
    expect(result.safeguards).toEqual([]);
  });

  it('counts each rating like an entry of that amount dated today, intent unknown', () => {
    const rating = fc.constantFrom<FoundationRating | null>(-2, -1, 0, 1, 2, null);
    fc.assert(
      fc.property(fc.tuple(...FOUNDATIONS.map(() => rating)), fc.integer({ min: 1, max: 5 }), (values, v) => {
        const ratings = Object.fromEntries(FOUNDATIONS.map((f, i) => [f, values[i]]));
        const entries = FOUNDATIONS.flatMap((foundation, i) => {
          const amount = values[i];
          return amount ? [{ id: foundation, occurredOn: TODAY, foundation, amount, intent: amount < 0 ? ('unknown' as const) : null, reverses: null }] : [];
        });
        const expected = readAccount(evidenceByFoundation(entries, TODAY, DEFAULT_PARAMETERS), TODAY, DEFAULT_PARAMETERS, a);
        const reading = assess(input(emptyFoundationEvidence(), v, { ratings })).reading;
        expect(reading.trustLevel).toBeCloseTo(expected.trustLevel, 9);
        expect(reading.uncertainty).toBeCloseTo(expected.uncertainty, 9);
      }),
    );
  });

  it('gives safeguards that follow the weak or unknown legs', () => {
    // Only professional evidence: the intentional and contractual legs are unknown. T ≈ 83 clears
    // vulnerability 4's bar of 74, but u = 1/3 is above its 0.26.
    const result = assess(input(emptyFoundationEvidence(), 4, { ratings: { competence: 2, service: 1, learning: 1 } }));
    expect(result.outcome).toBe('give_with_safeguards');
    expect(result.safeguards.map((s) => [s.dimension, s.state]).sort()).toEqual([
      ['contractual', 'unknown'],
      ['intentional', 'unknown'],
    ]);
  });

  const outcomeFor = (t: number, u: number, v: number): Outcome => assess(input(accountWith(t, u), v)).outcome;

  it('warns when gut and reason disagree, and not otherwise', () => {
    const strong = accountWith(90, 0.1);
    const poor = accountWith(20, 0.1);
    expect(outcomeFor(90, 0.1, 3)).toBe('give');
    expect(assess(input(strong, 3, { gut: 1 })).warnings).toEqual(['gut_and_reason_disagree']);
    expect(assess(input(strong, 3, { gut: 5 })).warnings).toEqual([]);
    expect(assess(input(strong, 3, { gut: 3 })).warnings).toEqual([]);
    expect(assess(input(poor, 3, { gut: 5 })).warnings).toEqual(['gut_and_reason_disagree']);
    expect(assess(input(poor, 3, { gut: 2 })).warnings).toEqual([]);
  });

  it('warns of blind trust when giving fully on too little evidence, and of costly distrust when withholding what the evidence carries', () => {
    const thin = accountWith(70, 0.6);
    expect(assess(input(thin, 3, { decision: 'give' })).warnings).toEqual(['blind_trust']);
    expect(assess(input(thin, 3, { decision: 'give_with_safeguards' })).warnings).toEqual([]);
    expect(assess(input(accountWith(70, 0.2), 3, { decision: 'give' })).warnings).toEqual([]);
    expect(assess(input(accountWith(70, 0.2), 3, { decision: 'withhold', gut: 3 })).warnings).toEqual(['costly_distrust']);
    expect(assess(input(accountWith(60, 0.2), 3, { decision: 'withhold' })).warnings).toEqual([]);
  });
});
