import { useMemo } from 'react';
import type { ChartOption } from '../charts.ts';
import { EChart } from './EChart.tsx';

/** A group's trust level over the months as a bare line on a fixed 0–100 scale, so cards compare. Loaded on demand. */
export function DashboardSparkline({
  values,
  color,
  height,
  label,
}: {
  values: readonly (number | null)[];
  color: string;
  height: number;
  label: string;
}) {
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: values.map((_, index) => index) },
      yAxis: { type: 'value', show: false, min: 0, max: 100 },
      series: [
        {
          type: 'line',
          data: values.map((value) => (value === null ? null : Math.round(value))),
          showSymbol: false,
          silent: true,
          lineStyle: { color, width: 2 },
          areaStyle: { color, opacity: 0.08 },
          // The edge of distrust, faint, so a line below it reads at a glance.
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: '#ced4da', type: 'dotted', width: 1 },
            data: [{ yAxis: 50 }],
          },
        },
      ],
    }),
    [values, color],
  );
  return <EChart option={option} height={height} label={label} testId="dashboard-sparkline" />;
}
