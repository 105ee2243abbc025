import { describe, expect, it } from 'vitest';
import { SURVEY_KINDS, standardInstrument } from './survey-instrument.ts';
import { FOUNDATIONS } from './vocabulary.ts';

describe('standard instruments', () => {
  it.each(SURVEY_KINDS)('%s: eighteen statements, two per foundation, with unique ids', (kind) => {
    const instrument = standardInstrument(kind);
    expect(instrument.statements).toHaveLength(18);
    for (const foundation of FOUNDATIONS) {
      expect(instrument.statements.filter((s) => s.foundation === foundation)).toHaveLength(2);
    }
    expect(new Set(instrument.statements.map((s) => s.id)).size).toBe(18);
    expect(instrument.statements.every((s) => s.id.startsWith(`${kind}.${s.foundation}.`))).toBe(true);
  });

  it.each(SURVEY_KINDS)('%s: every text in both languages, distinct, one sentence, and an open question', (kind) => {
    const instrument = standardInstrument(kind);
    for (const language of ['en', 'nl'] as const) {
      const texts = instrument.statements.map((s) => s.text[language]);
      expect(new Set(texts).size, `repeated ${language} statements`).toBe(18);
      for (const text of texts) expect(text).toMatch(/^[A-Z][^.?!]*[^\s.?!]\.$/);
      expect(instrument.openQuestion[language]).toMatch(/\?$/);
    }
    // The two languages differ: nothing was left untranslated.
    expect(instrument.statements.filter((s) => s.text.en === s.text.nl)).toEqual([]);
  });
});
