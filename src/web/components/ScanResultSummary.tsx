import { Anchor, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanResult } from '../../api/scan-schemas.ts';
import { useFormat } from '../format.ts';
import { scanResultCsvUrl } from '../scan-results-api.ts';
import { useScanFormat } from '../scan-format.ts';
import { useStakeholderNames } from '../stakeholder-names.ts';

/** How many answered, of how many invited, which part of the group, and the figures as CSV. */
export function ScanResultSummary({ organisationId, result }: { organisationId: string; result: ScanResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const scanFormat = useScanFormat();
  const nameOf = useStakeholderNames(organisationId);
  const part = result.segments.length === 0 ? t('scanResults.wholeGroup') : t('scanResults.partOf', { names: result.segments.map(nameOf).join(', ') });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('scanResults.responses')}>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('scanResults.responses')}
          </Text>
          <Text fz={28} fw={700} lh={1.2} className="tl-number" data-testid="scan-responses">
            {format.count(result.responses)}
          </Text>
          <Text fz="xs" c="dimmed">
            {t('scanResults.responsesOf', { responses: format.count(result.responses), invitations: format.count(result.invitations) })}
          </Text>
        </div>
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('scanResults.responseRate')}
          </Text>
          <Text fz={28} fw={700} lh={1.2} className="tl-number" data-testid="scan-response-rate">
            {result.responseRate === null ? '–' : scanFormat.percent(result.responseRate)}
          </Text>
          {result.responseRate === null ? (
            <Text fz="xs" c="dimmed">
              {t('scanResults.noRate')}
            </Text>
          ) : null}
        </div>
        <div>
          <Text fz="sm" fw={600} data-testid="scan-part">
            {part}
          </Text>
          <Text fz="xs" c="dimmed">
            {t('scanResults.closedOn', { date: format.date(result.closesOn) })}
          </Text>
          <Text fz="xs" c="dimmed">
            {t('scanResults.minimum', { min: result.minResponses })}
          </Text>
        </div>
      </SimpleGrid>
      {result.figures !== null ? (
        <Group mt="sm" justify="flex-end">
          <Anchor href={scanResultCsvUrl(organisationId, result.scanId, result.segments)} download fz="sm" data-testid="scan-csv">
            {t('scanResults.download')}
          </Anchor>
        </Group>
      ) : null}
    </Paper>
  );
}
