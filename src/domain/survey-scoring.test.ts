import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAccount } from './account-reading.ts';
import { emptyFoundationEvidence } from './evidence.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import { AGREEMENT_SCALE, answerEvidence, bookingAmount, fuseEvidence, hasPerceptionGap, scoreScan, statisticsOf, type Agreement, type SurveyStatement } from './survey-scoring.ts';
import { FOUNDATIONS } from './vocabulary.ts';

/** Two statements per foundation, as the instrument has. */
const STATEMENTS: SurveyStatement[] = FOUNDATIONS.flatMap((foundation) => [
  { id: `${foundation}.1`, foundation },
  { id: `${foundation}.2`, foundation },
]);

describe('answerEvidence', () => {
  it('gives one unit of evidence per answer, all for trust at 5, all against at 1, even at 3', () => {
    expect(answerEvidence(5)).toEqual({ r: 1, s: 0 });
    expect(answerEvidence(1)).toEqual({ r: 0, s: 1 });
    expect(answerEvidence(3)).toEqual({ r: 0.5, s: 0.5 });
    for (const x of AGREEMENT_SCALE) expect(answerEvidence(x).r + answerEvidence(x).s).toBe(1);
  });
});

describe('statisticsOf', () => {
  it('is null without answers', () => {
    expect(statisticsOf([])).toBeNull();
  });

  it('equals the module’s worked example', () => {
    expect(statisticsOf([5, 4, 4, 2, 3])).toEqual({
      count: 5,
      mean: 3.6,
      distribution: [0, 1, 1, 2, 1],
      favourable: 0.6,
      evidence: { r: 3.25, s: 1.75 },
    });
  });

  it('keeps the mean on the scale and the distribution summing to the count', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Agreement>(1, 2, 3, 4, 5), { minLength: 1, maxLength: 200 }), (answers) => {
        const stats = statisticsOf(answers)!;
        expect(stats.mean).toBeGreaterThanOrEqual(1);
        expect(stats.mean).toBeLessThanOrEqual(5);
        expect(stats.distribution.reduce((a, b) => a + b, 0)).toBe(answers.length);
        expect(stats.evidence.r + stats.evidence.s).toBeCloseTo(answers.length, 9);
        // The mean and the evidence say the same: r / count = (mean − 1) / 4.
        expect(stats.evidence.r / answers.length).toBeCloseTo((stats.mean - 1) / 4, 9);
      }),
    );
  });
});

describe('scoreScan', () => {
  it('sums up per foundation, per dimension and in all, and ignores unknown statements', () => {
    const responses = [
      { 'honesty.1': 5, 'honesty.2': 4, 'competence.1': 2, 'no.such': 1 },
      { 'honesty.1': 4, 'competence.1': 3, 'competence.2': 3 },
      { 'fair_play.1': 1 },
    ] as const;
    const score = scoreScan(STATEMENTS, responses);
    expect(score.responses).toBe(3);
    expect(score.byFoundation.honesty).toMatchObject({ count: 3, mean: 13 / 3, distribution: [0, 0, 0, 2, 1], favourable: 1 });
    expect(score.byFoundation.competence).toMatchObject({ count: 3, mean: 8 / 3, favourable: 0 });
    expect(score.byFoundation.fair_play).toMatchObject({ count: 1, mean: 1 });
    expect(score.byFoundation.learning).toBeNull();
    expect(score.overall).toMatchObject({ count: 7 });
    const dimensionCounts = Object.values(score.byDimension).reduce((sum, s) => sum + (s?.count ?? 0), 0);
    expect(dimensionCounts).toBe(7);
    expect(score.evidence.honesty).toEqual({ r: 1 + 0.75 + 0.75, s: 0.25 + 0.25 });
    expect(score.evidence.learning).toEqual({ r: 0, s: 0 });
  });

  it('reads like the ledger: the worked example gives T ≈ 60.7, trust', () => {
    const score = scoreScan(STATEMENTS, [5, 4, 4, 2, 3].map((x) => ({ 'honesty.1': x as Agreement })));
    const reading = readAccount(score.evidence, '2026-06-30', DEFAULT_PARAMETERS, DEFAULT_PARAMETERS.baseRate);
    expect(reading.trustLevel).toBeCloseTo((100 * (3.25 + 0.5 * 2)) / 7, 9);
    expect(reading.band).toBe('trust');
  });
});

describe('fuseEvidence', () => {
  it('adds measured to observed evidence, foundation by foundation', () => {
    const observed = { ...emptyFoundationEvidence(), honesty: { r: 2, s: 1 } };
    const measured = { ...emptyFoundationEvidence(), honesty: { r: 0.5, s: 1.5 }, competence: { r: 1, s: 0 } };
    const fused = fuseEvidence(observed, measured);
    expect(fused.honesty).toEqual({ r: 2.5, s: 2.5 });
    expect(fused.competence).toEqual({ r: 1, s: 0 });
    expect(fused.fair_play).toEqual({ r: 0, s: 0 });
  });
});

describe('bookingAmount', () => {
  it('books the distance from neutral, doubled and rounded half away from it', () => {
    expect([5, 4.5, 4, 3.6, 3.25, 3.2, 3, 2.8, 2.75, 2, 1].map(bookingAmount)).toEqual([4, 3, 2, 1, 1, 0, 0, 0, -1, -2, -4]);
  });

  it('is symmetric around 3 and stays within −4…4', () => {
    fc.assert(
      // Means of real answers are fractions; on hundredths of the scale the mirror image is exact.
      fc.property(fc.integer({ min: 100, max: 500 }), (hundredths) => {
        const mean = hundredths / 100;
        const amount = bookingAmount(mean);
        expect(Number.isInteger(amount) && Math.abs(amount) <= 4).toBe(true);
        expect(bookingAmount((600 - hundredths) / 100) + amount).toBe(0);
      }),
    );
  });
});

describe('hasPerceptionGap', () => {
  const known = (trustLevel: number) => ({ trustLevel, uncertainty: 0.3 });
  it('starts at a difference of 15 either way', () => {
    expect([hasPerceptionGap(70, known(55)), hasPerceptionGap(55, known(70)), hasPerceptionGap(70, known(55.1))]).toEqual([true, true, false]);
  });

  it('is not raised against an uncertain ledger, however large the difference', () => {
    expect([hasPerceptionGap(90, { trustLevel: 50, uncertainty: 0.5 }), hasPerceptionGap(90, { trustLevel: 50, uncertainty: 0.51 })]).toEqual([true, false]);
  });
});
