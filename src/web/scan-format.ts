import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, NUMBER_LOCALE } from './language.ts';

export interface ScanFormatters {
  /** A mean answer on the 1–5 scale, with one decimal. */
  mean(value: number): string;
  /** A change between two means, signed, with one decimal (+0.4, −0.2, 0.0). */
  change(value: number): string;
  /** A share (0–1) as a whole percentage, without the sign. */
  percent(share: number): string;
  /** A difference of trust levels in whole points, signed. */
  points(value: number): string;
}

/** The numbers of a scan's results in the interface language (Dutch: decimal comma). */
export function useScanFormat(): ScanFormatters {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => {
    const locale = NUMBER_LOCALE[language];
    const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const signedDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const signedWhole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    return {
      mean: (value) => oneDecimal.format(value),
      change: (value) => signedDecimal.format(value),
      percent: (share) => `${whole.format(Math.round(share * 100))} %`,
      points: (value) => signedWhole.format(Math.round(value)),
    };
  }, [language]);
}
