import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../decisions-api.ts';

const COLOR: Record<Outcome, string> = { give: 'green', give_with_safeguards: 'orange', withhold: 'red' };

/** What weighed trust advises (or what was decided): give, give with safeguards, withhold. */
export function OutcomeBadge({ outcome, testId }: { outcome: Outcome; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOR[outcome]} tt="none" radius="sm" data-outcome={outcome} data-testid={testId}>
      {t(`decisions.outcome.${outcome}`)}
    </Badge>
  );
}
