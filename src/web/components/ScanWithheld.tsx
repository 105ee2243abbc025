import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanResult } from '../../api/scan-schemas.ts';

/**
 * Why a result shows no figures: fewer answered than the scan's minimum. Said calmly, as the
 * protection it is — the page never has the figures to show, the server keeps them back.
 */
export function ScanWithheld({ result }: { result: ScanResult }) {
  const { t } = useTranslation();
  const whole = result.segments.length === 0;
  const values = { count: result.responses, min: result.minResponses };
  return (
    <Alert
      variant="light"
      color="blue"
      title={whole ? t('scanResults.withheldTitle') : t('scanResults.withheldPartTitle')}
      data-testid="scan-withheld"
    >
      <Stack gap="xs">
        <Text fz="sm">{whole ? t('scanResults.withheld', values) : t('scanResults.withheldPart', values)}</Text>
        {whole ? <Text fz="sm">{t('scanResults.withheldNext')}</Text> : null}
      </Stack>
    </Alert>
  );
}
