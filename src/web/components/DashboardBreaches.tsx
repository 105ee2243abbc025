import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { breachesNeedingAttention, type BreachNeedingAttention } from '../breach-attention.ts';
import { useBreaches } from '../breach-queries.ts';
import { useFormat } from '../format.ts';
import { BreachBadges } from './BreachBadges.tsx';
import { ErrorState } from './ErrorState.tsx';

const FIRST = 5;

/** The breaches of trust still open or in repair, overdue first, each a link to its page. */
export function DashboardBreaches({ organisationId, asOf }: { organisationId: string; asOf: string }) {
  const { t } = useTranslation();
  const breaches = useBreaches(organisationId);
  const listed = useMemo(() => breachesNeedingAttention(breaches.data ?? [], asOf), [breaches.data, asOf]);
  let body;
  if (breaches.isError) body = <ErrorState error={breaches.error} onRetry={() => void breaches.refetch()} />;
  else if (!breaches.data)
    body = (
      <Text c="dimmed" fz="sm">
        {t('loading.label')}
      </Text>
    );
  else if (listed.length === 0)
    body = (
      <Text c="dimmed" fz="sm" data-testid="dashboard-breaches-empty">
        {t('breaches.dashboard.empty')}
      </Text>
    );
  else
    body = (
      <>
        <ul className="tl-signals" data-testid="dashboard-breaches-list">
          {listed.slice(0, FIRST).map((item) => (
            <BreachLine key={item.breach.id} item={item} />
          ))}
        </ul>
        {listed.length > FIRST ? (
          <Text c="dimmed" fz="sm">
            {t('breaches.dashboard.more', { count: listed.length - FIRST })}
          </Text>
        ) : null}
      </>
    );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-breaches-title" data-testid="dashboard-breaches">
      <Title order={3} fz="h4" id="dashboard-breaches-title" mb="sm">
        {t('breaches.dashboard.title')}
      </Title>
      {body}
    </Card>
  );
}

function BreachLine({ item }: { item: BreachNeedingAttention }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { breach } = item;
  return (
    <li className="tl-signal" data-testid="dashboard-breach" data-overdue={item.overdue}>
      <div className="tl-signal-text">
        <Anchor fz="sm" fw={600} renderRoot={(props) => <Link {...props} to="/breaches/$breachId" params={{ breachId: breach.id }} />}>
          {breach.stakeholder.name}
        </Anchor>
        <Text fz="sm" c="dimmed">
          {`${t(`breaches.direction.${breach.direction}`)} · ${format.date(breach.occurredOn)}`}
        </Text>
      </div>
      <Group gap={6} wrap="wrap">
        {item.overdue ? (
          <Badge color="red" variant="light" radius="sm" tt="none">
            {t('breaches.dashboard.overdue')}
          </Badge>
        ) : item.nextOn ? (
          <Text fz="xs" c="dimmed">
            {t('breaches.dashboard.followUp', { date: format.date(item.nextOn) })}
          </Text>
        ) : null}
        <BreachBadges breach={breach} />
      </Group>
    </li>
  );
}
