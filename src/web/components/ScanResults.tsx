import '../scan-results.css';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scan } from '../../api/scan-schemas.ts';
import { isApiError } from '../http.ts';
import { useScanResult } from '../scan-results-queries.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { ScanBooking } from './ScanBooking.tsx';
import { ScanComments } from './ScanComments.tsx';
import { ScanFiguresTable } from './ScanFiguresTable.tsx';
import { ScanResultSummary } from './ScanResultSummary.tsx';
import { ScanSegments } from './ScanSegments.tsx';
import { ScanTrustComparison } from './ScanTrustComparison.tsx';
import { ScanWithheld } from './ScanWithheld.tsx';

/**
 * A closed scan's results, as far as the server lets them be seen: responses, measured trust
 * beside the ledger's, the figures per dimension and foundation with the earlier scan, the open
 * answers, a part of the group on request, the CSV export and, for editors, booking in the ledger.
 * What the anonymity rules withhold is explained, never shown.
 */
export function ScanResults({ organisationId, scan, canEdit }: { organisationId: string; scan: Scan; canEdit: boolean }) {
  const { t } = useTranslation();
  const [segments, setSegments] = useState<readonly string[]>([]);
  const closed = scan.status === 'closed';
  const result = useScanResult(organisationId, scan.id, segments, closed);

  const heading = (
    <Title order={3} fz="h3" id="scan-results-heading">
      {t('scanResults.title')}
    </Title>
  );

  if (!closed) {
    return (
      <Stack gap="sm" component="section" aria-labelledby="scan-results-heading">
        {heading}
        <Alert variant="light" color="blue" data-testid="scan-results-not-closed">
          {t('scanResults.notClosed')}
        </Alert>
      </Stack>
    );
  }

  const whole = segments.length === 0;
  // Refused parts come back as 409: a rule, not a failure.
  const refused = !whole && isApiError(result.error, 409);
  let body;
  if (refused) {
    body = (
      <Alert variant="light" color="blue" title={t('scanResults.refusedTitle')} data-testid="scan-part-refused">
        <Text fz="sm">{t('scanResults.refused', { min: scan.minResponses })}</Text>
      </Alert>
    );
  } else if (result.isError) {
    body = <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  } else if (!result.data) {
    body = <LoadingState />;
  } else {
    const data = result.data;
    body = (
      <Stack gap="lg" data-testid="scan-result" data-segments={data.segments.join(',')}>
        <ScanResultSummary organisationId={organisationId} result={data} />
        {data.figures === null ? (
          <ScanWithheld result={data} />
        ) : (
          <>
            <ScanTrustComparison kind={data.kind} figures={data.figures} earlier={data.earlier} />
            <ScanFiguresTable figures={data.figures} earlier={data.earlier} />
            <ScanComments result={data} />
          </>
        )}
        {whole ? <ScanBooking organisationId={organisationId} scan={scan} result={data} canEdit={canEdit} /> : null}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" component="section" aria-labelledby="scan-results-heading" data-testid="scan-results">
      {heading}
      {scan.members.length > 1 ? (
        <ScanSegments organisationId={organisationId} scan={scan} value={segments} onChange={setSegments} pending={result.isFetching} />
      ) : null}
      {body}
    </Stack>
  );
}
