import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../api/schemas.ts';
import { isLanguage } from './language.ts';

/** Picks the interface language's text from a text the server gives in both languages. */
export function useLocalized(): (text: Localized) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useCallback((text: Localized) => text[language], [language]);
}
