import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { chooseLanguage, LANGUAGE_STORAGE_KEY, type Language } from './language.ts';
import { RESOURCES } from './locales/resources.ts';

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage may be disabled; the browser's language still applies
  }
}

function rememberLanguage(language: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered: the next visit falls back to the browser's language
  }
}

const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
const initial: Language = chooseLanguage(readStoredLanguage(), preferred);

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: { en: { translation: RESOURCES.en }, nl: { translation: RESOURCES.nl } },
  lng: initial,
  fallbackLng: 'en',
  supportedLngs: ['nl', 'en'],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false, // the resources are bundled: ready before the first render
  react: { useSuspense: false },
});
document.documentElement.lang = initial;

/** Switches the interface language and remembers the choice for the next visit. */
export async function switchLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18next.changeLanguage(language);
}

export default i18next;
