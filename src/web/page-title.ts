import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the browser tab after the page shown ("Settings · Trust Ledger"), in the chosen language,
 * and gives the tab back to the product's name when the page goes. The overview and the pages
 * seen before signing in carry the product's name alone (App.tsx).
 */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.title')}` : t('app.title');
    return () => {
      document.title = t('app.title');
    };
  }, [title, t]);
}
