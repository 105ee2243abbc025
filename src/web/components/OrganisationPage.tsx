import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../access.ts';
import { useFormat } from '../format.ts';
import { isApiError } from '../http.ts';
import { useOverview, useRelations } from '../queries.ts';
import { DashboardBreaches } from './DashboardBreaches.tsx';
import { DashboardDue } from './DashboardDue.tsx';
import { DashboardLeadership } from './DashboardLeadership.tsx';
import { DashboardSmallMultiples } from './DashboardSmallMultiples.tsx';
import { DashboardTrend } from './DashboardTrend.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { OverviewHeader } from './OverviewHeader.tsx';
import { StatementLinks } from './StatementLinks.tsx';
import { RoleBadge } from './RoleBadge.tsx';
import { SignalInbox } from './SignalInbox.tsx';
import { StakeholderTable } from './StakeholderTable.tsx';

/**
 * One organisation: its name and the user's role in it, the overview of both directions, the trend
 * of trust and social capital, each level and category at a glance, the leadership profile, what
 * needs attention and what is due, the table of stakeholders and the members.
 */
export function OrganisationPage({
  membership,
  userId,
  picker,
  onAccessChanged,
}: {
  membership: Membership;
  userId: string;
  picker: ReactNode;
  /** Called when the server says the user may no longer see this organisation (403, 404). */
  onAccessChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useOverview(membership.organisationId);
  const relations = useRelations(membership.organisationId);

  // Removed from the organisation, or given another role, while the page was open: ask again
  // which organisations are the user's, so the page follows.
  const refused = [overview.error, relations.error].some((error) => isApiError(error, 403) || isApiError(error, 404));
  useEffect(() => {
    if (refused) onAccessChanged();
  }, [refused, onAccessChanged]);

  const heading = (
    <div>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={2} fz="h2" data-testid="organisation-name">
          {membership.organisationName}
        </Title>
        <span data-testid="organisation-role" data-role={membership.role}>
          <span className="tl-visually-hidden">{t('organisation.yourRole')}</span>
          <RoleBadge role={membership.role} size="md" />
        </span>
      </Group>
      {overview.data ? (
        <Text c="dimmed" fz="sm">
          {t('organisation.stakeholders', { count: overview.data.stakeholders })}
          {' · '}
          {t('organisation.asOf', { date: format.date(overview.data.asOf) })}
        </Text>
      ) : null}
    </div>
  );

  let body: ReactNode;
  if (overview.isError || relations.isError) {
    body = (
      <ErrorState
        error={overview.error ?? relations.error}
        onRetry={() => {
          if (overview.isError) void overview.refetch();
          if (relations.isError) void relations.refetch();
        }}
      />
    );
  } else if (!overview.data || !relations.data) {
    body = <LoadingState />;
  } else {
    body = (
      <>
        <OverviewHeader overview={overview.data} />
        <DashboardTrend organisationId={membership.organisationId} asOf={overview.data.asOf} />
        <DashboardSmallMultiples organisationId={membership.organisationId} asOf={overview.data.asOf} />
        <DashboardLeadership profile={overview.data.leadershipProfile} />
        <StatementLinks organisationId={membership.organisationId} />
        <SignalInbox membership={membership} />
        <DashboardBreaches organisationId={membership.organisationId} asOf={overview.data.asOf} />
        <DashboardDue relations={relations.data} />
        <StakeholderTable relations={relations.data} />
        <MembersPanel membership={membership} userId={userId} />
      </>
    );
  }

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end" gap="md">
        {heading}
        {picker}
      </Group>
      {body}
    </Stack>
  );
}
