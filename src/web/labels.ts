import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from './locales/en.json';

type CategoryKey = keyof typeof en.category;

function isKnownCategory(key: string): key is CategoryKey {
  return Object.hasOwn(en.category, key);
}

/** A stakeholder category in words: the known categories of figure 1 translated, any other key as it is. */
export function useCategoryLabel(): (category: string) => string {
  const { t } = useTranslation();
  return useCallback((category: string) => (isKnownCategory(category) ? t(`category.${category}`) : category), [t]);
}
