import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../api/schemas.ts';
import { dueRelations, spanOf, type DueRelation } from '../due.ts';
import { useCategoryLabel } from '../labels.ts';

const FIRST = 8;

/**
 * What is due: the relations whose maintenance rhythm has passed without an entry, the most
 * important stakeholders first, each a link to its relation with how long it is overdue.
 */
export function DashboardDue({ relations }: { relations: readonly Relation[] }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const due = useMemo(() => dueRelations(relations), [relations]);
  const shown = showAll ? due : due.slice(0, FIRST);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-due-title" data-testid="dashboard-due">
      <Group justify="space-between" align="baseline" mb="sm" gap="xs">
        <Title order={3} fz="h4" id="dashboard-due-title">
          {t('dashboard.due.title')}
        </Title>
        {due.length > 0 ? (
          <Text c="dimmed" fz="sm">
            {t('dashboard.due.count', { count: due.length })}
          </Text>
        ) : null}
      </Group>
      {due.length === 0 ? (
        <Text c="dimmed" fz="sm" data-testid="dashboard-due-empty">
          {t('dashboard.due.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" fz="sm">
            {t('dashboard.due.intro')}
          </Text>
          <ul className="tl-signals" data-testid="dashboard-due-list">
            {shown.map((item) => (
              <DueRow key={item.relation.id} item={item} />
            ))}
          </ul>
          {due.length > FIRST ? (
            <Group>
              <Button variant="subtle" size="xs" onClick={() => setShowAll((all) => !all)} aria-expanded={showAll}>
                {showAll ? t('dashboard.due.showFewer') : t('dashboard.due.showAll', { count: due.length })}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}

function DueRow({ item }: { item: DueRelation }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const { relation, overdueDays } = item;
  const span = overdueDays === null ? null : spanOf(overdueDays);
  return (
    <li className="tl-signal" data-testid="dashboard-due-item" data-relation-id={relation.id}>
      <div className="tl-signal-text">
        <Anchor fz="sm" fw={600} renderRoot={(props) => <Link {...props} to="/relations/$relationId" params={{ relationId: relation.id }} />}>
          {relation.stakeholder.name}
        </Anchor>
        <Text fz="sm" c="dimmed">
          {categoryLabel(relation.stakeholder.category)}
          {' · '}
          {t('dashboard.due.cadence', { count: relation.cadenceDays })}
        </Text>
      </div>
      <Text fz="sm" fw={600} c={span === null ? 'orange.8' : undefined} className="tl-due-when" data-testid="dashboard-due-when">
        {span === null ? t('dashboard.due.never') : t('dashboard.due.overdue', { span: t(`dashboard.due.span.${span.unit}`, { count: span.count }) })}
      </Text>
    </li>
  );
}
