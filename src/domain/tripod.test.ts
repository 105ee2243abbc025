import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readAccount } from './account-reading.ts';
import { BEHAVIOUR_KEYS } from './behaviour-keys.ts';
import { evidenceByFoundation, type FoundationEvidence } from './evidence.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import { helpfulFoundations, readTripod, type TripodInsight } from './tripod.ts';
import { DIMENSIONS, DIRECTIONS, foundationsOf, LANGUAGES, type Dimension, type Direction } from './vocabulary.ts';
import { deposit, ledgerWithAsOfArb, parametersArb, withdrawal } from './arbitraries.ts';

const P = DEFAULT_PARAMETERS;
const TODAY = '2025-06-01';

function tripodOf(
  entries: readonly LedgerEntry[],
  asOf = TODAY,
  parameters = P,
  baseRate = parameters.baseRate,
  direction: Direction = 'received',
): TripodInsight {
  const byFoundation = evidenceByFoundation(entries, asOf, parameters);
  return readTripod(readAccount(byFoundation, asOf, parameters, baseRate), byFoundation, parameters, baseRate, direction);
}

/** Weak on every leg: an intentional withdrawal of 3 on one foundation of each dimension. */
const WEAK_ALL: LedgerEntry[] = [
  withdrawal('a', TODAY, 'honesty', 3, 'intentional'),
  withdrawal('b', TODAY, 'competence', 3, 'intentional'),
  withdrawal('c', TODAY, 'result', 3, 'intentional'),
];

/** The advice of a weak leg in one direction (every leg weak). */
function weakAdvice(d: Dimension, direction: Direction) {
  const a = tripodOf(WEAK_ALL, TODAY, P, P.baseRate, direction).advice.find((x) => x.dimension === d);
  if (a === undefined) throw new Error(`no advice for ${d}`);
  expect(a.state).toBe('weak');
  return a;
}

/** A tripod without its texts: what must not depend on the direction. */
function structureOf(t: TripodInsight) {
  return {
    legs: t.legs,
    weakest: t.weakest,
    advice: t.advice.map(({ expectation: _e, action: _a, ...rest }) => rest),
  };
}

function evidenceOf(entries: readonly LedgerEntry[]): FoundationEvidence {
  return evidenceByFoundation(entries, TODAY, P);
}

/** Solid on every foundation: three deposits of 5 on each, today. */
const SOLID: LedgerEntry[] = DIMENSIONS.flatMap((d) =>
  foundationsOf(d).map((f, i) => deposit(`solid-${d}-${i}`, TODAY, f, 5)),
);

describe('readTripod: leg states', () => {
  it('reads every leg of an empty account as unknown, at the base rate', () => {
    const t = tripodOf([]);
    for (const d of DIMENSIONS) {
      expect(t.legs[d]).toEqual({ dimension: d, state: 'unknown', trustLevel: 50, uncertainty: 1 });
    }
  });

  it('reads known, weak and unknown legs', () => {
    // intentional: +5 → r = 5, u = 2/7, T ≈ 85.7 (known)
    // professional: −2 unintentional → s = 4.5, u = 2/6.5 ≈ 0.31, T ≈ 15.4 (weak)
    // contractual: nothing (unknown)
    const t = tripodOf([
      deposit('a', TODAY, 'honesty', 5),
      withdrawal('b', TODAY, 'competence', 2, 'unintentional'),
    ]);
    expect(t.legs.intentional.state).toBe('known');
    expect(t.legs.intentional.trustLevel).toBeCloseTo(600 / 7, 10);
    expect(t.legs.professional.state).toBe('weak');
    expect(t.legs.professional.trustLevel).toBeCloseTo(100 / 6.5, 10);
    expect(t.legs.professional.uncertainty).toBeCloseTo(2 / 6.5, 10);
    expect(t.legs.contractual.state).toBe('unknown');
  });

  it('a leg with u exactly 0.5 is known (r + s = W = 2)', () => {
    const t = tripodOf([deposit('a', TODAY, 'result', 2)]);
    expect(t.legs.contractual.uncertainty).toBe(0.5);
    expect(t.legs.contractual.state).toBe('known');
  });
});

describe('readTripod: weakest and advice', () => {
  it('gives no advice and no weakest leg when every leg is known and none weak', () => {
    const t = tripodOf(SOLID);
    expect(t.weakest).toBeNull();
    expect(t.advice).toEqual([]);
  });

  it('orders advice weak before unknown, and names the weak leg as the weakest', () => {
    const t = tripodOf([
      deposit('a', TODAY, 'honesty', 5),
      withdrawal('b', TODAY, 'competence', 2, 'unintentional'),
    ]);
    expect(t.advice.map((a) => [a.dimension, a.state])).toEqual([
      ['professional', 'weak'],
      ['contractual', 'unknown'],
    ]);
    expect(t.weakest).toBe('professional');
  });

  it('among weak legs the lowest T comes first', () => {
    // intentional −3 unintentional: s = 6.75, T = 100/8.75 ≈ 11.4
    // contractual −1 unintentional: s = 2.25, T = 100/4.25 ≈ 23.5
    const t = tripodOf([
      withdrawal('a', TODAY, 'result', 1, 'unintentional'),
      withdrawal('b', TODAY, 'fairness', 3, 'unintentional'),
      ...foundationsOf('professional').map((f, i) => deposit(`p${i}`, TODAY, f, 5)),
    ]);
    expect(t.advice.map((a) => a.dimension)).toEqual(['intentional', 'contractual']);
    expect(t.weakest).toBe('intentional');
  });

  it('without a weak leg, the unknown leg with the lowest T is the weakest; equal T: the more uncertain', () => {
    // intentional: one small withdrawal, still unknown (s = 1.125 after 730 days → u = 0.64, T = 32)
    // contractual: nothing at all (u = 1, T = 50); professional: solid
    const t = tripodOf([
      withdrawal('a', '2023-06-02', 'honesty', 1, 'unintentional'),
      ...foundationsOf('professional').map((f, i) => deposit(`p${i}`, TODAY, f, 5)),
    ]);
    expect(t.legs.intentional.state).toBe('unknown');
    expect(t.advice.map((a) => a.dimension)).toEqual(['intentional', 'contractual']);
    expect(t.weakest).toBe('intentional');

    // intentional: a deposit of 1 → T = 100·2/3 ≈ 66.7, u = 2/3; contractual empty → T = 50, u = 1
    const u = tripodOf([
      deposit('a', TODAY, 'honesty', 1),
      ...foundationsOf('professional').map((f, i) => deposit(`p${i}`, TODAY, f, 5)),
    ]);
    expect(u.advice.map((a) => a.dimension)).toEqual(['contractual', 'intentional']);

    // two empty legs: equal T and u → canonical order
    const v = tripodOf(foundationsOf('professional').map((f, i) => deposit(`p${i}`, TODAY, f, 5)));
    expect(v.advice.map((a) => a.dimension)).toEqual(['intentional', 'contractual']);
    expect(v.weakest).toBe('intentional');
  });

  it('with equal T among unknown legs, the more uncertain comes first', () => {
    // With a = 0.5, T = 50 exactly when r = s. intentional: r = s = 0.5 (u = 2/3, T = 50);
    // professional and contractual: empty (u = 1, T = 50), in canonical order between them.
    const byFoundation = { ...evidenceOf([]), honesty: { r: 0.5, s: 0.5 } };
    const reading = readAccount(byFoundation, TODAY, P, 0.5);
    const t = readTripod(reading, byFoundation, P, 0.5, 'received');
    expect(t.legs.intentional.trustLevel).toBe(t.legs.contractual.trustLevel);
    expect(t.advice.map((a) => a.dimension)).toEqual(['professional', 'contractual', 'intentional']);
    expect(t.weakest).toBe('professional');
  });

  it('writes the compensation of each weak leg as DESIGN.md asks (received: their doubt about us)', () => {
    const by = (d: Dimension) => weakAdvice(d, 'received');
    const intentional = by('intentional');
    expect(intentional.expectation.en).toMatch(/stricter agreements/);
    expect(intentional.expectation.en).toMatch(/control/);
    expect(intentional.action.en).toMatch(/explicit agreements/);
    expect(intentional.action.en).toMatch(/authenticity, honesty and fairness/);
    expect(intentional.expectation.nl).toMatch(/strengere afspraken/);

    const professional = by('professional');
    expect(professional.expectation.en).toMatch(/shared intentions/);
    expect(professional.action.en).toMatch(/commitments to what you can certainly deliver/);
    expect(professional.action.en).toMatch(/competence, service and learning/);

    const contractual = by('contractual');
    expect(contractual.expectation.en).toMatch(/open-ended/);
    expect(contractual.action.en).toMatch(/Avoid open-ended arrangements/);
    expect(contractual.action.en).toMatch(/Align expectations/);
    expect(contractual.action.en).toMatch(/deliver what was promised/);
    expect(contractual.action.en).toMatch(/share information/);
  });

  it('writes the compensation of each weak leg for the given direction (our doubt about them)', () => {
    const intentional = weakAdvice('intentional', 'given');
    expect(intentional.expectation.en).toMatch(/^You doubt the other side’s intentions/);
    expect(intentional.expectation.en).toMatch(/stricter agreements/);
    expect(intentional.action.en).toMatch(/in proportion to what is at stake/);
    expect(intentional.action.en).toMatch(/say openly what worries you/);
    expect(intentional.action.en).toMatch(/good faith/);
    expect(intentional.expectation.nl).toMatch(/^U twijfelt aan de bedoelingen van de andere partij/);

    const professional = weakAdvice('professional', 'given');
    expect(professional.expectation.en).toMatch(/lean on its intentions/);
    expect(professional.action.en).toMatch(/^Scope what you entrust to what the other side has shown/);
    expect(professional.action.en).toMatch(/references or start with a trial/);
    expect(professional.action.nl).toMatch(/referenties/);

    const contractual = weakAdvice('contractual', 'given');
    expect(contractual.expectation.en).toMatch(/open-ended/);
    expect(contractual.action.en).toMatch(/^Avoid open-ended arrangements with the other side/);
    expect(contractual.action.en).toMatch(/expectations in writing/);
    expect(contractual.action.en).toMatch(/regular information/);
    expect(contractual.action.nl).toMatch(/schriftelijk/);
  });

  it('writes different advice for an unknown leg, about building evidence', () => {
    const t = tripodOf([]);
    for (const advice of t.advice) {
      expect(advice.state).toBe('unknown');
      expect(advice.action.en).toMatch(/^Build evidence deliberately/);
      expect(advice.action.nl).toMatch(/^Bouw bewust aan bewijs/);
    }
    const weak = tripodOf([withdrawal('a', TODAY, 'honesty', 3, 'intentional')]);
    const intentionalWeak = weak.advice.find((a) => a.dimension === 'intentional');
    const intentionalUnknown = t.advice.find((a) => a.dimension === 'intentional');
    expect(intentionalWeak?.action).not.toEqual(intentionalUnknown?.action);

    const given = tripodOf([], TODAY, P, P.baseRate, 'given');
    for (const advice of given.advice) {
      expect(advice.action.en).toMatch(/^Gather evidence before you rely on/);
      expect(advice.action.nl).toMatch(/^Verzamel eerst bewijs voordat u/);
    }
  });

  it('every advice text exists in both languages and differs between them, and between directions', () => {
    const textsOf = (direction: Direction) =>
      [
        ...tripodOf([], TODAY, P, P.baseRate, direction).advice,
        ...tripodOf(WEAK_ALL, TODAY, P, P.baseRate, direction).advice,
      ].flatMap((a) => [a.expectation, a.action]);
    const texts = DIRECTIONS.flatMap(textsOf);
    expect(texts).toHaveLength(24);
    for (const text of texts) {
      for (const lang of LANGUAGES) expect(text[lang].length).toBeGreaterThan(40);
      expect(text.nl).not.toBe(text.en);
      expect(text.nl).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
    }
    for (const lang of LANGUAGES) expect(new Set(texts.map((t) => t[lang])).size).toBe(24);
  });
});

describe('helpful foundations and behaviour keys', () => {
  it('puts the lowest foundation T first among weak ones, then unknown, then known-high', () => {
    // fairness: weak (−2 unintentional today: T ≈ 15.4); honesty: weak but less (+1 and −1: r=1, s=2.25, T ≈ 38.5)
    // authenticity: unknown (empty)
    const entries = [
      withdrawal('a', TODAY, 'fairness', 2, 'unintentional'),
      deposit('b', TODAY, 'honesty', 1),
      withdrawal('c', TODAY, 'honesty', 1, 'unintentional'),
    ];
    expect(helpfulFoundations('intentional', evidenceOf(entries), P, 0.5)).toEqual(['fairness', 'honesty', 'authenticity']);

    // competence known-high (+5), service unknown (empty), learning known-high (+3, T = 80 < 85.7)
    const professional = [deposit('d', TODAY, 'competence', 5), deposit('e', TODAY, 'learning', 3)];
    expect(helpfulFoundations('professional', evidenceOf(professional), P, 0.5)).toEqual(['service', 'learning', 'competence']);
  });

  it('puts an unknown foundation before a known one even when its T is higher (base rate 0.9)', () => {
    // result: +3 and −1 unintentional → r = 3, s = 2.25, T = 100·(3 + 1.8)/7.25 ≈ 66.2, u ≈ 0.28 (known)
    // transparency, fair_play: empty → T = 90, u = 1 (unknown)
    const entries = [deposit('a', TODAY, 'result', 3), withdrawal('b', TODAY, 'result', 1, 'unintentional')];
    expect(helpfulFoundations('contractual', evidenceOf(entries), P, 0.9)).toEqual(['transparency', 'fair_play', 'result']);
    // all known: lowest T first — result +3 (T = 96) before transparency and fair_play +5 (T ≈ 97.1)
    const known = [deposit('a', TODAY, 'result', 3), deposit('b', TODAY, 'transparency', 5), deposit('c', TODAY, 'fair_play', 5)];
    expect(helpfulFoundations('contractual', evidenceOf(known), P, 0.9)).toEqual(['result', 'transparency', 'fair_play']);
  });

  it('keeps canonical order among equals', () => {
    for (const d of DIMENSIONS) expect(helpfulFoundations(d, evidenceOf([]), P, 0.5)).toEqual(foundationsOf(d));
  });

  it('attaches the behaviour keys of the helpful foundations, in the same order', () => {
    const t = tripodOf([withdrawal('a', TODAY, 'fairness', 2, 'unintentional')]);
    const intentional = t.advice.find((a) => a.dimension === 'intentional');
    expect(intentional?.helpfulFoundations).toEqual(['fairness', 'authenticity', 'honesty']);
    expect(intentional?.behaviourKeys).toEqual([
      { foundation: 'fairness', keys: BEHAVIOUR_KEYS.fairness },
      { foundation: 'authenticity', keys: BEHAVIOUR_KEYS.authenticity },
      { foundation: 'honesty', keys: BEHAVIOUR_KEYS.honesty },
    ]);
  });
});

describe('the example of docs/model.md (The tripod and compensation)', () => {
  it('reads the breached account of the phase example', () => {
    const entries = [
      ...(['authenticity', 'honesty', 'fairness', 'competence'] as const).map((f, i) => deposit(`d${i}`, TODAY, f, 5)),
      withdrawal('w', '2025-05-01', 'honesty', 4, 'intentional'),
    ];
    const t = tripodOf(entries);
    expect(t.legs.intentional).toMatchObject({ state: 'weak' });
    expect(t.legs.intentional.trustLevel).toBeCloseTo(46.4066, 4);
    expect(t.legs.intentional.uncertainty).toBeCloseTo(0.058, 4);
    expect(t.legs.professional).toMatchObject({ state: 'known' });
    expect(t.legs.professional.trustLevel).toBeCloseTo(85.7143, 4);
    expect(t.legs.professional.uncertainty).toBeCloseTo(0.2857, 4);
    expect(t.legs.contractual).toMatchObject({ state: 'unknown', trustLevel: 50, uncertainty: 1 });
    expect(t.weakest).toBe('intentional');
    expect(t.advice.map((a) => [a.dimension, a.state, a.helpfulFoundations])).toEqual([
      ['intentional', 'weak', ['honesty', 'authenticity', 'fairness']],
      ['contractual', 'unknown', ['transparency', 'result', 'fair_play']],
    ]);
    expect(t.advice[0]!.behaviourKeys.map((k) => k.foundation)).toEqual(['honesty', 'authenticity', 'fairness']);
    const honesty = evidenceOf(entries).honesty; // the foundation that comes first: T = 100·(r + a·W)/(r + s + W)
    expect((100 * (honesty.r + 1)) / (honesty.r + honesty.s + 2)).toBeCloseTo(24.5119, 4);
  });
});

describe('readTripod: directions', () => {
  it('gives the same legs, order, foundations and behaviour keys in both directions; only the texts differ', () => {
    for (const entries of [[], WEAK_ALL, [withdrawal('a', TODAY, 'fairness', 2, 'unintentional')]]) {
      const received = tripodOf(entries, TODAY, P, P.baseRate, 'received');
      const given = tripodOf(entries, TODAY, P, P.baseRate, 'given');
      expect(received.advice.length).toBeGreaterThan(0);
      expect(structureOf(given)).toEqual(structureOf(received));
      received.advice.forEach((r, i) => {
        const g = given.advice[i];
        expect(g?.expectation).not.toEqual(r.expectation);
        expect(g?.action).not.toEqual(r.action);
      });
    }
  });

  it('keeps the structure independent of the direction for any ledger', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb(), parametersArb(), ({ entries, asOf }, parameters) => {
        const received = tripodOf(entries, asOf, parameters, parameters.baseRate, 'received');
        const given = tripodOf(entries, asOf, parameters, parameters.baseRate, 'given');
        expect(structureOf(given)).toEqual(structureOf(received));
      }),
    );
  });
});

describe('readTripod: properties', () => {
  it('advises exactly the weak and unknown legs, ordered, each with its own three foundations', () => {
    fc.assert(
      fc.property(ledgerWithAsOfArb(), parametersArb(), ({ entries, asOf }, parameters) => {
        const t = tripodOf(entries, asOf, parameters);
        const advised = DIMENSIONS.filter((d) => t.legs[d].state !== 'known');
        expect(t.advice.map((a) => a.dimension).sort()).toEqual([...advised].sort());
        expect(t.weakest).toBe(t.advice[0]?.dimension ?? null);
        for (let i = 1; i < t.advice.length; i++) {
          const [a, b] = [t.advice[i - 1], t.advice[i]];
          if (a === undefined || b === undefined) continue;
          const rank = { weak: 0, unknown: 1 };
          expect(rank[a.state] < rank[b.state] || (a.state === b.state && t.legs[a.dimension].trustLevel <= t.legs[b.dimension].trustLevel)).toBe(true);
        }
        for (const a of t.advice) {
          expect([...a.helpfulFoundations].sort()).toEqual([...foundationsOf(a.dimension)].sort());
          expect(a.behaviourKeys.map((k) => k.foundation)).toEqual(a.helpfulFoundations);
        }
      }),
    );
  });
});
