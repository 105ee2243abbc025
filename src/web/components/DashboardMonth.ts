import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, NUMBER_LOCALE } from '../language.ts';

/** A month end as a short axis label in the interface language ("Apr 24", "apr 24"). */
export function useMonthLabel(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const locale = NUMBER_LOCALE[isLanguage(i18n.language) ? i18n.language : 'en'];
    const formatter = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    return (iso: string) => formatter.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  }, [i18n.language]);
}
