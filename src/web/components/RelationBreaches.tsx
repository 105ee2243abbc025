import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import '../breaches.css';
import { useBreaches } from '../breach-queries.ts';
import type { Breach } from '../breaches-api.ts';
import { useFormat } from '../format.ts';
import { useToday } from '../today.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { BreachBadges } from './BreachBadges.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { RecordBreachModal } from './RecordBreachModal.tsx';

/**
 * A relation's breaches of trust, either way, newest first: what kind, where each stands and how
 * far trust has come back; editors record a new one while the relation is open.
 */
export function RelationBreaches({ relationId, accounts, archived }: { relationId: string; accounts: { received: Account; given: Account }; archived: boolean }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const organisationId = membership.organisationId;
  const breaches = useBreaches(organisationId, relationId);
  const [recording, setRecording] = useState(false);
  // Asked early, so the form's dates start from the server's today.
  useToday(organisationId);
  const editable = canEdit(membership) && !archived;

  let body;
  if (breaches.isError) body = <ErrorState error={breaches.error} onRetry={() => void breaches.refetch()} />;
  else if (!breaches.data) body = <LoadingState />;
  else if (breaches.data.length === 0)
    body = (
      <Text c="dimmed" fz="sm" data-testid="breaches-empty">
        {t('breaches.section.empty')}
      </Text>
    );
  else
    body = (
      <ul className="tl-breach-list" aria-label={t('breaches.section.listLabel')} data-testid="breach-list">
        {breaches.data.map((breach) => (
          <BreachRow key={breach.id} breach={breach} />
        ))}
      </ul>
    );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="breaches-title" data-testid="relation-breaches">
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <div>
          <Title order={3} fz="h4" id="breaches-title">
            {t('breaches.section.title')}
          </Title>
          <Text fz="sm" c="dimmed" maw={720}>
            {t('breaches.section.intro')}
          </Text>
        </div>
        {editable ? (
          <Button variant="light" size="sm" onClick={() => setRecording(true)} data-testid="breach-record-open">
            {t('breaches.section.record')}
          </Button>
        ) : null}
      </Group>
      {body}
      {editable ? (
        <RecordBreachModal opened={recording} onClose={() => setRecording(false)} organisationId={organisationId} relationId={relationId} accounts={accounts} />
      ) : null}
    </Card>
  );
}

function BreachRow({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { recovery } = breach;
  const days = recovery.daysToRecovery;
  return (
    <li className="tl-breach-row" data-testid="breach-row" data-direction={breach.direction} data-status={breach.status}>
      <div className="tl-breach-row-main">
        <Anchor fw={600} fz="sm" renderRoot={(props) => <Link {...props} to="/breaches/$breachId" params={{ breachId: breach.id }} />}>
          {`${t(`breaches.direction.${breach.direction}`)} · ${format.date(breach.occurredOn)}`}
        </Anchor>
        <Text fz="sm" c="dimmed" lineClamp={2}>
          {breach.description}
        </Text>
        <BreachBadges breach={breach} />
      </div>
      <Stack gap={2} className="tl-breach-row-recovery" data-testid="breach-row-recovery">
        <Text fz="sm" className="tl-number">
          {t('breaches.recovery.short', { before: format.trust(recovery.before), lowest: format.trust(recovery.lowest), now: format.trust(recovery.now) })}
        </Text>
        <Text fz="sm" c="dimmed">
          {days === null ? t('breaches.recovery.shortNotYet') : days === 0 ? t('breaches.recovery.never') : t('breaches.recovery.shortDays', { count: days })}
        </Text>
      </Stack>
    </li>
  );
}
