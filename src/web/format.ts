import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, NUMBER_LOCALE } from './language.ts';

export interface Formatters {
  /** A trust level on the 0–100 scale, as a whole number. */
  trust(value: number): string;
  /** A balance with one decimal and its sign (+12.3, −4.0, 0.0). */
  balance(value: number): string;
  /** A count. */
  count(value: number): string;
  /** An ISO date (YYYY-MM-DD) in words. */
  date(iso: string): string;
}

/** Number and date formatting in the interface language (Dutch: decimal comma). */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => {
    const locale = NUMBER_LOCALE[language];
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const signed = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return {
      trust: (value) => whole.format(Math.round(value)),
      balance: (value) => signed.format(value),
      count: (value) => whole.format(value),
      date: (iso) => {
        const parsed = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(parsed.getTime()) ? iso : day.format(parsed);
      },
    };
  }, [language]);
}
