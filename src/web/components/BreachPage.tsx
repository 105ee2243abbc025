import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import '../breaches.css';
import { useBreach } from '../breach-queries.ts';
import { useFormat } from '../format.ts';
import { isApiError } from '../http.ts';
import { usePageTitle } from '../page-title.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { BreachBadges } from './BreachBadges.tsx';
import { BreachEntries } from './BreachEntries.tsx';
import { BreachRecovery } from './BreachRecovery.tsx';
import { BreachResponses } from './BreachResponses.tsx';
import { BreachStatusPanel } from './BreachStatusPanel.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { RepairPlan } from './RepairPlan.tsx';

/**
 * One breach of trust: what happened and where it stands, how far trust has come back, and the
 * follow-up that fits its direction — the apology and repair actions after our own breach, the
 * choice of a response after theirs — with its entries and its history.
 */
export function BreachPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { breachId } = useParams({ from: '/breaches/$breachId' });
  const { membership } = useWorkspace();
  const organisationId = membership.organisationId;
  const breach = useBreach(organisationId, breachId);
  const name = breach.data?.stakeholder.name;

  usePageTitle(breach.data ? `${t(`breaches.direction.${breach.data.direction}`)} · ${name}` : undefined);

  const back = breach.data ? (
    <nav aria-label={t('nav.breadcrumb')}>
      <Anchor fz="sm" renderRoot={(props) => <Link {...props} to="/relations/$relationId" params={{ relationId: breach.data.relationId }} />}>
        {`← ${t('breaches.page.back', { name })}`}
      </Anchor>
    </nav>
  ) : (
    <nav aria-label={t('nav.breadcrumb')}>
      <Anchor component={Link} to="/" fz="sm">
        {`← ${t('nav.back')}`}
      </Anchor>
    </nav>
  );

  if (breach.isError) {
    return (
      <Stack gap="lg">
        {back}
        {isApiError(breach.error, 404) ? (
          <Alert color="orange" title={t('breaches.page.notFoundTitle')}>
            <Text fz="sm">{t('breaches.page.notFound')}</Text>
          </Alert>
        ) : (
          <ErrorState error={breach.error} onRetry={() => void breach.refetch()} />
        )}
      </Stack>
    );
  }
  if (!breach.data) {
    return (
      <Stack gap="lg">
        {back}
        <LoadingState />
      </Stack>
    );
  }

  const current = breach.data;
  const settled = current.status === 'restored' || current.status === 'relation_ended';
  const editable = canEdit(membership) && !settled;
  return (
    <Stack gap="lg" data-testid="breach-page" data-direction={current.direction} data-status={current.status}>
      {back}
      <Stack gap={6}>
        <Text fz="sm" c="dimmed">
          {name}
        </Text>
        <Title order={2} fz="h2" data-testid="breach-title">
          {t(`breaches.direction.${current.direction}`)}
        </Title>
        <BreachBadges breach={current} />
        <Text fz="sm" c="dimmed">
          {t('breaches.page.recordedOn', { date: format.date(current.occurredOn) })}
          {current.followUpOn ? ` · ${t('breaches.page.followUp', { date: format.date(current.followUpOn) })}` : ''}
        </Text>
        <Text fz="sm" maw={820} className="tl-prewrap" data-testid="breach-description-text">
          {current.description}
        </Text>
      </Stack>
      <BreachRecovery breach={current} />
      <BreachStatusPanel breach={current} editable={canEdit(membership)} />
      {current.direction === 'we_breached' ? <RepairPlan breach={current} editable={editable} /> : <BreachResponses breach={current} editable={editable} />}
      <BreachEntries breach={current} editable={editable} />
    </Stack>
  );
}
