import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import { usePageTitle } from '../page-title.ts';
import { useScan } from '../scan-results-queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { ScanResults } from './ScanResults.tsx';

/**
 * A scan's results on a page of their own (`/scans/<id>/results`), to link to or print; the scan's
 * own page shows the same view once the scan has closed.
 */
export function ScanResultsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { scanId } = useParams({ from: '/scans/$scanId/results' });
  const { membership } = useWorkspace();
  const scan = useScan(membership.organisationId, scanId);
  usePageTitle(scan.data ? t('scanResults.pageTitle', { title: scan.data.title }) : t('scanResults.title'));

  const back = (
    <nav aria-label={t('nav.breadcrumb')}>
      <Anchor component={Link} to="/" fz="sm">
        {`← ${t('nav.back')}`}
      </Anchor>
    </nav>
  );

  if (scan.isError) {
    return (
      <Stack gap="lg">
        {back}
        <ErrorState error={scan.error} onRetry={() => void scan.refetch()} />
      </Stack>
    );
  }
  if (!scan.data) {
    return (
      <Stack gap="lg">
        {back}
        <LoadingState />
      </Stack>
    );
  }
  return (
    <Stack gap="lg" data-testid="scan-results-page">
      {back}
      <div>
        <Title order={2} fz="h2" data-testid="scan-title">
          {scan.data.title}
        </Title>
        {scan.data.status === 'closed' ? (
          <Text c="dimmed" fz="sm">
            {t('scanResults.closedOn', { date: format.date(scan.data.closesOn) })}
          </Text>
        ) : null}
      </div>
      <ScanResults organisationId={membership.organisationId} scan={scan.data} canEdit={canEdit(membership)} />
    </Stack>
  );
}
