import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../api/schemas.ts';

/**
 * How long ago the relation last saw an entry; past its maintenance cadence it is marked, since
 * trust that is not maintained fades.
 */
export function LastEntry({ relation }: { relation: Pick<Relation, 'daysSinceLastEntry' | 'cadenceDays'> }) {
  const { t } = useTranslation();
  const days = relation.daysSinceLastEntry;
  if (days === null) {
    return (
      <Text component="span" fz="sm" c="dimmed">
        {t('stakeholders.noEntry')}
      </Text>
    );
  }
  const overdue = days > relation.cadenceDays;
  return (
    <Text
      component="span"
      fz="sm"
      c={overdue ? 'orange.9' : undefined}
      fw={overdue ? 600 : undefined}
      title={overdue ? t('stakeholders.overdue', { cadence: relation.cadenceDays }) : undefined}
    >
      {t('stakeholders.daysAgo', { count: days })}
    </Text>
  );
}
