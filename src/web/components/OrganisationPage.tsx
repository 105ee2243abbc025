import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/schemas.ts';
import { useFormat } from '../format.ts';
import { useOverview, useRelations } from '../queries.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { OverviewHeader } from './OverviewHeader.tsx';
import { StakeholderTable } from './StakeholderTable.tsx';

/** One organisation: its name, the overview of both directions and the table of stakeholders. */
export function OrganisationPage({ organisation, picker }: { organisation: Organisation; picker: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useOverview(organisation.id);
  const relations = useRelations(organisation.id);

  const heading = (
    <div>
      <Title order={2} fz="h2" data-testid="organisation-name">
        {organisation.name}
      </Title>
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
        <StakeholderTable relations={relations.data} />
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
