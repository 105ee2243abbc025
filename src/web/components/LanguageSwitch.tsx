import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n.ts';
import { isLanguage, LANGUAGES, type Language } from '../language.ts';

/** Dutch or English; the choice is remembered for the next visit. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={value}
      onChange={(next) => {
        if (isLanguage(next)) void switchLanguage(next);
      }}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <span lang={language}>
            <span className="tl-lang-long">{t(`language.${language}`)}</span>
            <span className="tl-lang-short" aria-hidden="true">
              {language.toUpperCase()}
            </span>
          </span>
        ),
      }))}
    />
  );
}
