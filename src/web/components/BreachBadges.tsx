import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Breach, BreachStatus } from '../breaches-api.ts';

// Shade-light badges whose text keeps 4.5:1 on its tint.
const STATUS_COLOR: Record<BreachStatus, string> = { open: 'red', in_repair: 'orange', restored: 'green', relation_ended: 'gray' };

/** A breach's status and its kind (intent × scale) as two small badges. */
export function BreachBadges({ breach }: { breach: Pick<Breach, 'status' | 'intent' | 'scale'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={STATUS_COLOR[breach.status]} variant="light" radius="sm" tt="none" data-testid="breach-status" data-status={breach.status}>
        {t(`breaches.status.${breach.status}`)}
      </Badge>
      <Badge color="gray" variant="outline" radius="sm" tt="none" data-testid="breach-kind">
        {t('breaches.kind', { intent: t(`breaches.intent.${breach.intent}`), scale: t(`breaches.scale.${breach.scale}`) })}
      </Badge>
    </Group>
  );
}
