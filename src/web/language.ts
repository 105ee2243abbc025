/**
 * The languages of the interface and how the first one is chosen: a choice the user made before
 * (remembered in localStorage), else the browser's preferred language (nl* → Dutch), else English.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'trust-ledger.language';

/** The locale used for numbers and dates per interface language. */
export const NUMBER_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function chooseLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  const first = preferred[0]?.toLowerCase() ?? '';
  return first === 'nl' || first.startsWith('nl-') ? 'nl' : 'en';
}
