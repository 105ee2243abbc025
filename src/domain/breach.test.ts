import { describe, expect, it } from 'vitest';
import { BREACH_STATUSES, breachDirectionOf, canMove, damagedDirection, isSettled, violationType } from './breach.ts';

describe('a breach’s life', () => {
  it('goes open → in repair → restored, or ends the relation before it is restored', () => {
    const allowed = BREACH_STATUSES.flatMap((from) => BREACH_STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['open→in_repair', 'open→relation_ended', 'in_repair→restored', 'in_repair→relation_ended']);
  });

  it('refuses a jump that skips repair, and any move after it is settled', () => {
    expect(canMove('open', 'restored')).toBe(false);
    expect(canMove('restored', 'open')).toBe(false);
    expect(isSettled('restored')).toBe(true);
    expect(isSettled('relation_ended')).toBe(true);
    expect(isSettled('in_repair')).toBe(false);
  });
});

describe('the damaged account', () => {
  it('is the trust they give us when we breach, the trust we give them when they breach', () => {
    expect(damagedDirection('we_breached')).toBe('received');
    expect(damagedDirection('they_breached')).toBe('given');
    expect(breachDirectionOf('received')).toBe('we_breached');
    expect(breachDirectionOf('given')).toBe('they_breached');
  });
});

describe('the type of a violation', () => {
  it('is competence when the professional foundations weigh more', () => {
    expect(violationType([{ foundation: 'competence', amount: -3 }, { foundation: 'honesty', amount: -2 }])).toBe('competence');
  });

  it('is integrity when intentions or agreements weigh more, or as much', () => {
    expect(violationType([{ foundation: 'service', amount: -2 }, { foundation: 'fair_play', amount: -3 }])).toBe('integrity');
    expect(violationType([{ foundation: 'learning', amount: -2 }, { foundation: 'honesty', amount: -2 }])).toBe('integrity');
    expect(violationType([])).toBe('integrity');
  });
});
