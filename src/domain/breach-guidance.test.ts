import { describe, expect, it } from 'vitest';
import { adviseResponses, type ResponseSituation } from './breach-guidance.ts';

const situation = (over: Partial<ResponseSituation>): ResponseSituation => ({
  intent: 'side_effect',
  scale: 'incidental',
  importance: 3,
  earlierBreaches: 0,
  alternatives: null,
  ...over,
});

const fits = (s: ResponseSituation) => Object.fromEntries(adviseResponses(s).map((a) => [a.response, a.fit]));

describe('responding to their breach', () => {
  it('lets a small first side effect go, and finds a complaint or leaving out of proportion', () => {
    expect(fits(situation({}))).toEqual({ address: 'good', accept: 'good', complain: 'poor', leave: 'poor' });
  });

  it('does not accept a deliberate, manifest breach; complaining fits, and leaving when we can go', () => {
    const grave = situation({ intent: 'intentional', scale: 'manifest', alternatives: true });
    expect(fits(grave)).toEqual({ address: 'good', accept: 'poor', complain: 'good', leave: 'good' });
  });

  it('keeps leaving a possibility only when a valuable relation has no alternative', () => {
    const trapped = situation({ intent: 'intentional', scale: 'manifest', importance: 5, alternatives: false });
    expect(fits(trapped).leave).toBe('possible');
  });

  it('weighs repetition: twice before makes leaving fit and accepting poor', () => {
    const often = situation({ earlierBreaches: 2, importance: 2 });
    expect(fits(often)).toMatchObject({ accept: 'poor', leave: 'good' });
  });

  it('says what each response does to our credibility on the three dimensions', () => {
    const advice = adviseResponses(situation({ earlierBreaches: 1 }));
    const byResponse = Object.fromEntries(advice.map((a) => [a.response, a.credibility]));
    expect(byResponse.address).toEqual({ intentional: 1, professional: 1, contractual: 1 });
    expect(byResponse.accept).toEqual({ intentional: -1, professional: 0, contractual: -1 });
    expect(byResponse.complain).toEqual({ intentional: 0, professional: 0, contractual: 1 });
    expect(byResponse.leave).toEqual({ intentional: -1, professional: 0, contractual: 0 });
    for (const a of advice) expect(a.reasons.length).toBeGreaterThan(0);
  });
});
