import { useTranslation } from 'react-i18next';
import { waitText } from '../form-errors.ts';

export function WaitTime({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  return <>{waitText(t, seconds)}</>;
}
