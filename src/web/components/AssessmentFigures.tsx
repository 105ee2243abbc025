import { Alert, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentWarning } from '../decisions-api.ts';
import { useFormat } from '../format.ts';

/**
 * The evidence against the bar: the trust level with the level the leap needs, and the
 * uncertainty with how much the leap tolerates — each as a bar with the threshold marked.
 */
export function AssessmentBar({ trustLevel, uncertainty, required, tolerated }: { trustLevel: number; uncertainty: number; required: number; tolerated: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (value: number) => `${Math.round(value * 100)} %`;
  const trustMet = trustLevel >= required;
  const uncertaintyMet = uncertainty <= tolerated;
  return (
    <Stack gap="sm" data-testid="assessment-bar">
      <Gauge
        label={t('decisions.assessment.trustLevel')}
        value={format.trust(trustLevel)}
        fill={trustLevel}
        mark={required}
        met={trustMet}
        need={t('decisions.assessment.needTrust', { value: format.trust(required) })}
        testId="assessment-trust"
      />
      <Gauge
        label={t('decisions.assessment.uncertainty')}
        value={percent(uncertainty)}
        fill={uncertainty * 100}
        mark={tolerated * 100}
        met={uncertaintyMet}
        need={t('decisions.assessment.needUncertainty', { value: percent(tolerated) })}
        testId="assessment-uncertainty"
      />
    </Stack>
  );
}

function Gauge({ label, value, fill, mark, met, need, testId }: { label: string; value: string; fill: number; mark: number; met: boolean; need: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Group justify="space-between" gap="xs">
        <Text fz="sm" fw={500}>
          {label}
        </Text>
        <Text fz="lg" fw={700} className="tl-number">
          {value}
        </Text>
      </Group>
      <div className="tl-gauge" aria-hidden="true">
        <span className="tl-gauge-fill" data-met={met} style={{ width: `${Math.max(0, Math.min(100, fill))}%` }} />
        <span className="tl-gauge-mark" style={{ left: `${Math.max(0, Math.min(100, mark))}%` }} />
      </div>
      <Text fz="xs" c={met ? 'dimmed' : 'red.8'}>
        {need} · {met ? t('decisions.assessment.met') : t('decisions.assessment.notMet')}
      </Text>
    </div>
  );
}

/** The warnings of weighed trust, each with what it asks of the decision-maker. */
export function AssessmentWarnings({ warnings }: { warnings: readonly AssessmentWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="assessment-warnings">
      {warnings.map((warning) => (
        <Alert key={warning} color="orange" variant="light" title={t(`decisions.warning.${warning}`)} data-testid="assessment-warning" data-warning={warning}>
          <Text fz="sm">{t(`decisions.warningHint.${warning}`)}</Text>
        </Alert>
      ))}
    </Stack>
  );
}
