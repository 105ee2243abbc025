import type { Translation } from './locales/resources.ts';

/** Translation keys are checked at compile time against the English texts (parity with Dutch is a test). */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
