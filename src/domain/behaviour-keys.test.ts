import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { BEHAVIOUR_KEYS } from './behaviour-keys.ts';
import { FOUNDATIONS, LANGUAGES } from './vocabulary.ts';

describe('BEHAVIOUR_KEYS', () => {
  it('has keys for exactly the nine foundations, three each', () => {
    expect(Object.keys(BEHAVIOUR_KEYS).sort()).toEqual([...FOUNDATIONS].sort());
    for (const f of FOUNDATIONS) expect(BEHAVIOUR_KEYS[f]).toHaveLength(3);
  });

  it('gives every key in both languages, trimmed, not empty, without a closing full stop', () => {
    for (const f of FOUNDATIONS) {
      for (const key of BEHAVIOUR_KEYS[f]) {
        for (const lang of LANGUAGES) {
          const text = key[lang];
          expect(text.trim(), `${f}.${lang}`).toBe(text);
          expect(text.length, `${f}.${lang}`).toBeGreaterThan(10);
          expect(text.endsWith('.'), `${f}.${lang}: ${text}`).toBe(false);
          expect(text[0], `${f}.${lang}: ${text}`).toBe(text[0]?.toUpperCase());
        }
        expect(key.nl, `${f}: the Dutch is a translation, not a copy`).not.toBe(key.en);
      }
    }
  });

  it('has no duplicates, within a foundation or across foundations, in either language', () => {
    for (const lang of LANGUAGES) {
      const all = FOUNDATIONS.flatMap((f) => BEHAVIOUR_KEYS[f].map((k) => k[lang].toLowerCase()));
      expect(new Set(all).size, lang).toBe(all.length);
    }
  });

  it('addresses the reader formally in Dutch (u, never je or jij)', () => {
    for (const f of FOUNDATIONS) {
      for (const { nl } of BEHAVIOUR_KEYS[f]) expect(nl, nl).not.toMatch(/\b(je|jij|jou|jouw|jullie)\b/i);
    }
  });
});

describe('docs/model.md', () => {
  it('lists every English behaviour key', () => {
    const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    for (const f of FOUNDATIONS) for (const { en } of BEHAVIOUR_KEYS[f]) expect(doc, en).toContain(en);
  });
});
