import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanFigures, ScanResult } from '../../api/scan-schemas.ts';
import type { AccountReading } from '../../api/schemas.ts';
import { useFormat } from '../format.ts';
import { useScanFormat } from '../scan-format.ts';
import { BandBadge } from './BandBadge.tsx';
import { TripodLegs } from './TripodLegs.tsx';

/**
 * Trust as the answers measure it, beside what the ledger observes for the same accounts and the
 * two combined, with the perception gap between measured and observed.
 */
export function ScanTrustComparison({
  kind,
  figures,
  earlier,
}: {
  kind: ScanResult['kind'];
  figures: ScanFigures;
  earlier: ScanResult['earlier'];
}) {
  const { t } = useTranslation();
  const format = useScanFormat();
  const plain = useFormat();
  const gap = figures.perceptionGap;
  const earlierMeasured = earlier?.figures?.measured ?? null;
  // An uncertain ledger reading is no verdict to measure against (docs/model.md, bands).
  const observedUncertain = figures.observed?.band === 'uncertain';
  return (
    <section aria-labelledby="scan-trust-heading" className="tl-scan-section">
      <Stack gap="sm">
        <div>
          <Title order={4} fz="h4" id="scan-trust-heading">
            {t('scanResults.trustHeading')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('scanResults.trustIntro')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 2, md: earlierMeasured ? 4 : 3 }} spacing={{ base: 'xs', sm: 'md' }}>
          <ReadingCard testId="scan-measured" label={t('scanResults.measured')} hint={t('scanResults.measuredHint')} reading={figures.measured} />
          {figures.observed ? (
            <ReadingCard testId="scan-observed" label={t('scanResults.observed')} hint={t('scanResults.observedHint')} reading={figures.observed} />
          ) : null}
          {figures.fused ? (
            <ReadingCard testId="scan-fused" label={t('scanResults.fused')} hint={t('scanResults.fusedHint')} reading={figures.fused} />
          ) : null}
          {earlierMeasured && earlier ? (
            <ReadingCard testId="scan-earlier-measured" label={t('scanResults.earlierMeasured')} hint={earlier.title} reading={earlierMeasured} />
          ) : null}
        </SimpleGrid>
        {figures.observed === null ? (
          <Text fz="sm" c="dimmed" data-testid="scan-no-observed">
            {kind === 'self' ? t('scanResults.noObservedSelf') : t('scanResults.noObserved')}
          </Text>
        ) : null}
        {gap !== null ? (
          figures.perceptionGapSignal ? (
            <Alert variant="light" color="orange" title={t('scanResults.gapSignalTitle')} data-testid="scan-perception-gap" data-signal="true">
              <Text fz="sm">
                <strong>{`${t('scanResults.gap')}: ${t('scanResults.gapValue', { value: format.points(gap) })}. `}</strong>
                {observedUncertain
                  ? t('scanResults.gapUncertain')
                  : gap > 0
                    ? t('scanResults.gapSignalHigher', { value: plain.trust(Math.abs(gap)) })
                    : t('scanResults.gapSignalLower', { value: plain.trust(Math.abs(gap)) })}
              </Text>
            </Alert>
          ) : (
            <Text fz="sm" data-testid="scan-perception-gap" data-signal="false">
              <strong>{`${t('scanResults.gap')}: ${t('scanResults.gapValue', { value: format.points(gap) })}. `}</strong>
              {observedUncertain
                ? t('scanResults.gapUncertain')
                : Math.round(gap) === 0
                  ? t('scanResults.gapSame')
                  : gap > 0
                    ? t('scanResults.gapHigher')
                    : t('scanResults.gapLower')}
            </Text>
          )
        ) : null}
      </Stack>
    </section>
  );
}

function ReadingCard({ testId, label, hint, reading }: { testId: string; label: string; hint: string; reading: AccountReading }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap={6}>
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fz="xs" c="dimmed" truncate>
            {hint}
          </Text>
        </div>
        <Text component="div" lh={1.1}>
          <Text component="span" fz={32} fw={700} className="tl-number" data-testid={`${testId}-trust`}>
            {format.trust(reading.trustLevel)}
          </Text>
          <Text component="span" fz="sm" c="dimmed">
            {` ${t('trustAccount.outOf')}`}
          </Text>
        </Text>
        <div>
          <BandBadge band={reading.band} />
        </div>
        <Text fz="xs" c="dimmed">
          {t('scanResults.uncertainty', { value: format.trust(reading.uncertainty * 100) })}
        </Text>
        <TripodLegs legs={reading.legs} />
      </Stack>
    </Paper>
  );
}
