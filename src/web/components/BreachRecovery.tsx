import { Card, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { breachMarks } from '../breach-marks.ts';
import type { Breach } from '../breaches-api.ts';
import { echarts, SERIES_COLOR, type ChartOption } from '../charts.ts';
import { useFormat } from '../format.ts';
import { isLanguage, NUMBER_LOCALE } from '../language.ts';
import type { Trend } from '../ledger-api.ts';
import { useTrend } from '../queries.ts';
import { useWorkspace } from '../workspace.ts';
import { EChart } from './EChart.tsx';
import { RecoveryFigures } from './RecoveryFigures.tsx';

/** How far trust has come back since the breach: the four figures, and the damaged account's past year with the breach marked. */
export function BreachRecovery({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const trend = useTrend(membership.organisationId, breach.accountId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="recovery-title" data-testid="breach-recovery">
      <Stack gap="md">
        <div>
          <Title order={3} fz="h4" id="recovery-title">
            {t('breaches.recovery.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('breaches.recovery.intro')}
          </Text>
        </div>
        <RecoveryFigures recovery={breach.recovery} />
        {trend.data && trend.data.dates.length > 0 ? <RecoveryChart breach={breach} trend={trend.data} /> : null}
      </Stack>
    </Card>
  );
}

function RecoveryChart({ breach, trend }: { breach: Breach; trend: Trend }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const option = useMemo<ChartOption>(() => {
    const locale = NUMBER_LOCALE[isLanguage(i18n.language) ? i18n.language : 'en'];
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const marks = breachMarks([breach], breach.accountId, trend.dates);
    const trustName = t('trend.overall');
    return {
      animation: false,
      tooltip: { trigger: 'item', confine: true },
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'time', axisLabel: { fontSize: 11, hideOverlap: true, formatter: (time: number) => month.format(new Date(time)) }, splitLine: { show: false } },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { fontSize: 11 } },
      series: [
        {
          type: 'line',
          name: trustName,
          data: trend.points.map((p, i) => [trend.dates[i], Math.round(p.trustLevel)]),
          lineStyle: { color: SERIES_COLOR.overall, width: 2.5 },
          itemStyle: { color: SERIES_COLOR.overall },
          symbolSize: 5,
          tooltip: { formatter: (p: { value: [string, number] }) => `${echarts.format.encodeHTML(format.date(p.value[0]))}: ${p.value[1]}` },
          markLine: {
            symbol: ['none', 'none'],
            emphasis: { disabled: true },
            label: { formatter: '{b}', position: 'insideEndTop', fontSize: 10, color: '#212529' },
            tooltip: { formatter: (p: { name: string }) => echarts.format.encodeHTML(p.name) },
            data: [
              {
                name: t('breaches.recovery.beforeLine'),
                yAxis: Math.round(breach.recovery.before),
                lineStyle: { type: 'dotted', color: '#868e96', width: 1 },
                label: { position: 'insideStartTop' },
              },
              ...marks.map((m) => ({
                name: `${t(m.kind === 'breach' ? 'breaches.recovery.breachMark' : 'breaches.recovery.recoveredMark')} · ${format.date(m.on)}`,
                xAxis: m.on,
                lineStyle: { type: m.kind === 'breach' ? 'dashed' : 'solid', width: 1.5, color: m.kind === 'breach' ? SERIES_COLOR.withdrawal : SERIES_COLOR.deposit },
                label: { formatter: t(m.kind === 'breach' ? 'breaches.recovery.breachMark' : 'breaches.recovery.recoveredMark') },
              })),
            ],
          },
        },
      ],
    };
  }, [breach, trend, t, i18n.language, format]);
  return (
    <div>
      <Text fw={600} fz="sm" mb={4}>
        {t('breaches.recovery.chartTitle')}
      </Text>
      <EChart option={option} height={200} label={t('breaches.recovery.chartLabel')} testId="recovery-chart" />
    </div>
  );
}
