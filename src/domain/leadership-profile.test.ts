import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readAccount, type AccountReading } from './account-reading.ts';
import { emptyFoundationEvidence } from './evidence.ts';
import { LEADING_MARGIN_MIN, LEADING_SHARE_MIN, leadershipProfile } from './leadership-profile.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import { DIMENSIONS, LANGUAGES } from './vocabulary.ts';

const P = DEFAULT_PARAMETERS;

/** An account whose decayed deposits per dimension are the given r (withdrawals `s` on top). */
function account(r: { intentional?: number; professional?: number; contractual?: number }, s = 0): AccountReading {
  const evidence = emptyFoundationEvidence();
  evidence.honesty = { r: r.intentional ?? 0, s };
  evidence.service = { r: r.professional ?? 0, s };
  evidence.result = { r: r.contractual ?? 0, s };
  return readAccount(evidence, '2025-06-01', P, 0.5);
}

describe('leadershipProfile', () => {
  it('has no profile without received deposits', () => {
    expect(leadershipProfile([])).toEqual({ shares: null, style: null, text: null });
    expect(leadershipProfile([account({}, 3)])).toEqual({ shares: null, style: null, text: null });
  });

  it('contractual-heavy reads as command and control', () => {
    const p = leadershipProfile([account({ contractual: 6, professional: 2 }), account({ contractual: 6, intentional: 6 })]);
    // r: intentional 6, professional 2, contractual 12 → 0.3, 0.1, 0.6
    expect(p.shares?.intentional).toBeCloseTo(0.3, 12);
    expect(p.shares?.professional).toBeCloseTo(0.1, 12);
    expect(p.shares?.contractual).toBeCloseTo(0.6, 12);
    expect(p.style).toBe('command_and_control');
    expect(p.text?.en).toMatch(/command-and-control/);
    expect(p.text?.en).toContain('contractual: 60%');
    expect(p.text?.nl).toContain('contractueel: 60%');
  });

  it('professional-heavy reads as people-oriented', () => {
    const p = leadershipProfile([account({ professional: 5, intentional: 3, contractual: 2 })]);
    expect(p.style).toBe('people_oriented');
    expect(p.text?.en).toMatch(/people-oriented/);
    expect(p.text?.nl).toMatch(/mensgerichte/);
  });

  it('intentional-heavy reads as inspiring', () => {
    const p = leadershipProfile([account({ intentional: 7, professional: 2, contractual: 1 })]);
    expect(p.style).toBe('inspiring');
    expect(p.text?.en).toMatch(/inspiring/);
    expect(p.text?.nl).toMatch(/inspirerende/);
  });

  it('counts deposits only: withdrawals do not change the shares', () => {
    const a = leadershipProfile([account({ intentional: 7, professional: 2, contractual: 1 })]);
    const b = leadershipProfile([account({ intentional: 7, professional: 2, contractual: 1 }, 50)]);
    expect(b).toEqual(a);
  });

  describe('the balanced rule', () => {
    it('uses a 0.40 leading share and a 0.05 lead', () => {
      expect(LEADING_SHARE_MIN).toBe(0.4);
      expect(LEADING_MARGIN_MIN).toBe(0.05);
    });

    it('is balanced when the top share is below 0.40', () => {
      // 39 / 31 / 30: a lead of 0.08, but the top share is under 0.40
      const p = leadershipProfile([account({ intentional: 30, professional: 39, contractual: 31 })]);
      expect(p.style).toBe('balanced');
      expect(p.text?.en).toMatch(/none of them clearly leads/);
      expect(p.text?.en).toContain('intentional 30%, professional 39%, contractual 31%');
    });

    it('leads at exactly 0.40 with enough of a lead', () => {
      // 40 / 34 / 26
      expect(leadershipProfile([account({ intentional: 26, professional: 40, contractual: 34 })]).style).toBe('people_oriented');
    });

    it('is balanced when the lead over the second is under 0.05', () => {
      // 48 / 44 / 8: the top share is high, but two dimensions share the lead
      expect(leadershipProfile([account({ intentional: 48, professional: 44, contractual: 8 })]).style).toBe('balanced');
      // 48 / 42 / 10: a lead of 0.06 is enough
      expect(leadershipProfile([account({ intentional: 48, professional: 42, contractual: 10 })]).style).toBe('inspiring');
    });

    it('is balanced on an exact tie and on equal thirds', () => {
      expect(leadershipProfile([account({ intentional: 5, contractual: 5 })]).style).toBe('balanced');
      expect(leadershipProfile([account({ intentional: 1, professional: 1, contractual: 1 })]).style).toBe('balanced');
    });
  });

  it('shares sum to 1, and every text is in both languages', () => {
    const r = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.record({ intentional: r, professional: r, contractual: r }), { maxLength: 10 }), (rows) => {
        const p = leadershipProfile(rows.map((x) => account(x)));
        if (p.shares === null) {
          expect(p.style).toBeNull();
          expect(p.text).toBeNull();
          return;
        }
        expect(DIMENSIONS.reduce((sum, d) => sum + (p.shares?.[d] ?? 0), 0)).toBeCloseTo(1, 12);
        for (const d of DIMENSIONS) expect(p.shares[d]).toBeGreaterThanOrEqual(0);
        expect(p.style).not.toBeNull();
        for (const lang of LANGUAGES) expect(p.text?.[lang].length).toBeGreaterThan(60);
        expect(p.text?.nl).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
      }),
    );
  });
});
