import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR = ['gray', 'blue', 'indigo', 'grape', 'red'] as const;

/** How defining a moment a dilemma is, 1 (routine) to 5, as its number and word. */
export function ImpactBadge({ impact }: { impact: number }) {
  const { t } = useTranslation();
  const level = Math.min(5, Math.max(1, impact)) as 1 | 2 | 3 | 4 | 5;
  return (
    <Badge variant="light" color={COLOR[level - 1]} tt="none" radius="sm" data-testid="impact">
      {t('decisions.impactValue', { impact: level, word: t(`decisions.impact.${level}`) })}
    </Badge>
  );
}
