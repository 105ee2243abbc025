import { Group, SegmentedControl, SimpleGrid, Skeleton, Table, Text, Title, Card } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupFigures } from '../../api/schemas.ts';
import { changeOf, groupBand, TREND_MONTHS } from '../dashboard-figures.ts';
import { useGroupTrends } from '../dashboard-queries.ts';
import { useFormat } from '../format.ts';
import type { GroupTrends, TrendDirection } from '../group-trends-api.ts';
import { BalanceFigure } from './BalanceFigure.tsx';
import { BandBadge } from './BandBadge.tsx';
import { ErrorState } from './ErrorState.tsx';

// The chart library comes with the chart, after the page's figures: the first load stays small.
const DashboardTrendChart = lazy(() => import('./DashboardTrendChart.tsx').then((m) => ({ default: m.DashboardTrendChart })));

const CHART_HEIGHT = 260;
const DIRECTIONS = ['received', 'given'] as const satisfies readonly TrendDirection[];

/**
 * The organisation's importance-weighted trust level and its balance (social capital) at each of
 * the last 24 month ends, in one direction: the figures now and how they moved, as words, as a
 * chart and as a table for screen readers.
 */
export function DashboardTrend({ organisationId, asOf }: { organisationId: string; asOf: string }) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<TrendDirection>('received');
  const trend = useGroupTrends(organisationId, asOf, direction, 'organisation');
  const series = trend.data?.groups['organisation'];

  let body;
  if (trend.isError) body = <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  else if (!trend.data) body = <Skeleton height={CHART_HEIGHT + 90} />;
  else if (!series || series.length === 0) body = <Text c="dimmed" fz="sm">{t('dashboard.trend.empty')}</Text>;
  else body = <TrendBody trend={trend.data} series={series} direction={direction} />;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-trend-title" data-testid="dashboard-trend">
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <div>
          <Title order={3} fz="h4" id="dashboard-trend-title">
            {t('dashboard.trend.title')}
          </Title>
          <Text c="dimmed" fz="sm">
            {t('dashboard.trend.intro', { count: TREND_MONTHS })}
          </Text>
        </div>
        <SegmentedControl
          aria-label={t('dashboard.trend.directionLabel')}
          size="xs"
          value={direction}
          onChange={(next) => setDirection(next === 'given' ? 'given' : 'received')}
          data={DIRECTIONS.map((d) => ({ value: d, label: t(`dashboard.directionShort.${d}`) }))}
        />
      </Group>
      {body}
    </Card>
  );
}

function TrendBody({ trend, series, direction }: { trend: GroupTrends; series: readonly GroupFigures[]; direction: TrendDirection }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = series.at(-1)!;
  const trustLevels = series.map((point) => point.trustLevel);
  const change = changeOf(trustLevels);
  const since = change ? format.date(trend.dates[change.fromIndex]!) : '';
  const firstBalance = change ? series[change.fromIndex]!.balance : now.balance;
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="lg" mb="md">
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('overview.trustLevel')}
          </Text>
          <Group gap="xs" align="baseline" wrap="nowrap">
            <Text component="span" fz={32} fw={700} lh={1.2} className="tl-number" data-testid="dashboard-trend-current">
              {now.trustLevel === null ? t('overview.noFigure') : format.trust(now.trustLevel)}
            </Text>
            {now.trustLevel === null ? null : <BandBadge band={groupBand(now.trustLevel)} />}
          </Group>
          {change ? (
            <Text fz="sm" c="dimmed" data-testid="dashboard-trend-change">
              {t(`dashboard.trend.change.${change.direction}`, { count: change.points, date: since })}
            </Text>
          ) : null}
        </div>
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('dashboard.trend.capital')}
          </Text>
          <Text component="div" fz={32} fw={700} lh={1.2}>
            <BalanceFigure value={now.balance} size="inherit" weight={700} />
          </Text>
          {change ? (
            <Text fz="sm" c="dimmed">
              {t('dashboard.trend.capitalSince', { value: format.balance(firstBalance), date: since })}
            </Text>
          ) : null}
        </div>
      </SimpleGrid>
      <Suspense fallback={<Skeleton height={CHART_HEIGHT} />}>
        <DashboardTrendChart
          dates={trend.dates}
          series={series}
          height={CHART_HEIGHT}
          label={t('dashboard.trend.chartLabel', { direction: t(`direction.${direction}`) })}
        />
      </Suspense>
      <Table className="tl-visually-hidden" data-testid="dashboard-trend-table">
        <Table.Caption>{t('dashboard.trend.tableCaption', { direction: t(`direction.${direction}`) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trend.month')}</Table.Th>
            <Table.Th scope="col">{t('overview.trustLevel')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.trend.capital')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.dates.map((date, index) => {
            const point = series[index]!;
            return (
              <Table.Tr key={date}>
                <Table.Th scope="row">{format.date(date)}</Table.Th>
                <Table.Td>{point.trustLevel === null ? t('overview.noFigure') : format.trust(point.trustLevel)}</Table.Td>
                <Table.Td>{format.balance(point.balance)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
