import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupFigures } from '../../api/schemas.ts';
import { SERIES_COLOR, type ChartOption } from '../charts.ts';
import { useMonthLabel } from './DashboardMonth.ts';
import { EChart } from './EChart.tsx';

const BALANCE_COLOR = '#1c7ed6';
// The bands behind the trust level, faint: distrust below 50, neutral 50–59, trust from 60.
const BAND_AREAS = [
  { from: 0, to: 50, color: 'rgba(250, 82, 82, 0.06)' },
  { from: 50, to: 60, color: 'rgba(253, 126, 20, 0.07)' },
  { from: 60, to: 100, color: 'rgba(64, 192, 87, 0.06)' },
];

/** The organisation's trust level (left axis, 0–100) and balance (right axis) at each month end. Loaded on demand. */
export function DashboardTrendChart({
  dates,
  series,
  height,
  label,
}: {
  dates: readonly string[];
  series: readonly GroupFigures[];
  height: number;
  label: string;
}) {
  const { t } = useTranslation();
  const month = useMonthLabel();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', confine: true },
      legend: { bottom: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: dates.map(month), boundaryGap: false, axisLabel: { fontSize: 11, hideOverlap: true } },
      yAxis: [
        { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { fontSize: 11 } },
        { type: 'value', scale: true, splitLine: { show: false }, axisLabel: { fontSize: 11 } },
      ],
      series: [
        {
          type: 'line',
          name: t('overview.trustLevel'),
          yAxisIndex: 0,
          data: series.map((point) => (point.trustLevel === null ? null : Math.round(point.trustLevel))),
          showSymbol: false,
          lineStyle: { color: SERIES_COLOR.overall, width: 3 },
          itemStyle: { color: SERIES_COLOR.overall },
          markArea: {
            silent: true,
            data: BAND_AREAS.map((band) => [{ yAxis: band.from, itemStyle: { color: band.color } }, { yAxis: band.to }]),
          },
        },
        {
          type: 'line',
          name: t('dashboard.trend.capital'),
          yAxisIndex: 1,
          data: series.map((point) => Math.round(point.balance * 10) / 10),
          showSymbol: false,
          lineStyle: { color: BALANCE_COLOR, width: 2, type: 'dashed' },
          itemStyle: { color: BALANCE_COLOR },
        },
      ],
    }),
    [dates, series, month, t],
  );
  return <EChart option={option} height={height} label={label} testId="dashboard-trend-chart" />;
}
