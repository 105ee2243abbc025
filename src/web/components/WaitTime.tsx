import { useTranslation } from 'react-i18next';

/** How long to wait before trying again, in words: seconds under two minutes, else minutes. */
export function WaitTime({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  if (seconds < 120) return <>{t('signIn.waitSeconds', { count: Math.max(1, seconds) })}</>;
  return <>{t('signIn.waitMinutes', { count: Math.ceil(seconds / 60) })}</>;
}
