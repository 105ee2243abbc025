import { describe, expect, it } from 'vitest';
import { BANDS } from '../domain/opinion.ts';
import { ROLES } from '../domain/roles.ts';
import { DIMENSIONS, DIRECTIONS, FOUNDATIONS, LEVELS, STAKEHOLDER_CATEGORIES } from '../domain/vocabulary.ts';
import { chooseLanguage } from './language.ts';
import { RESOURCES } from './locales/resources.ts';

/**
 * The two languages must say the same things: the same keys at every depth, no empty text,
 * the same placeholders, and a word for every term of the model the interface shows.
 */
type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [p, v] of leaves(value, path)) found.set(p, v);
    } else {
      found.set(path, value);
    }
  }
  return found;
}

const { en, nl } = RESOURCES;
const LOCALES = { en: leaves(en), nl: leaves(nl) } as const;

function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

describe('the texts of both languages', () => {
  it('have the same keys, at every depth', () => {
    const enKeys = [...LOCALES.en.keys()];
    const nlKeys = [...LOCALES.nl.keys()];
    expect({
      'missing in Dutch': enKeys.filter((k) => !LOCALES.nl.has(k)),
      'missing in English': nlKeys.filter((k) => !LOCALES.en.has(k)),
    }).toEqual({ 'missing in Dutch': [], 'missing in English': [] });
  });

  it('have no empty or non-text values', () => {
    for (const [language, entries] of Object.entries(LOCALES)) {
      const bad = [...entries].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
      expect(bad, `empty or non-text values in ${language}`).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const differing = [...LOCALES.en]
      .filter(([key, value]) => LOCALES.nl.has(key) && placeholders(value).join() !== placeholders(LOCALES.nl.get(key)).join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('name every level, category, dimension, band, direction, foundation and role of the model', () => {
    const required = [
      ...LEVELS.map((k) => `level.${k}`),
      ...STAKEHOLDER_CATEGORIES.map((k) => `category.${k}`),
      ...DIMENSIONS.map((k) => `dimension.${k}`),
      ...DIMENSIONS.map((k) => `dimensionShort.${k}`),
      ...BANDS.map((k) => `band.${k}`),
      ...DIRECTIONS.map((k) => `direction.${k}`),
      ...FOUNDATIONS.map((k) => `foundation.${k}`),
      ...ROLES.map((k) => `role.${k}`),
      ...ROLES.map((k) => `roleHint.${k}`),
    ];
    for (const entries of Object.values(LOCALES)) {
      expect(required.filter((key) => !entries.has(key))).toEqual([]);
    }
  });

  it('use the glossary’s Dutch terms', () => {
    expect(nl.band).toEqual({ distrust: 'wantrouwen', neutral: 'neutraal', trust: 'vertrouwen', uncertain: 'onzeker' });
    expect(nl.dimension).toEqual({ intentional: 'Intentioneel', professional: 'Professioneel', contractual: 'Contractueel' });
    expect(nl.ledger).toMatchObject({ account: 'Vertrouwensrekening', deposit: 'Storting', withdrawal: 'Afname', balance: 'Saldo' });
  });
});

describe('chooseLanguage', () => {
  it('keeps a remembered choice', () => {
    expect(chooseLanguage('en', ['nl-BE'])).toBe('en');
    expect(chooseLanguage('nl', ['en-US'])).toBe('nl');
  });

  it('follows the browser: nl* is Dutch, anything else English', () => {
    expect(chooseLanguage(null, ['nl-BE', 'en'])).toBe('nl');
    expect(chooseLanguage(null, ['NL'])).toBe('nl');
    expect(chooseLanguage('fr', ['nl-NL'])).toBe('nl');
    expect(chooseLanguage(null, ['fr-BE', 'nl-BE'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });
});
