import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '../charts.ts';
import { tradeOffRows } from '../trade-offs.ts';
import { EChart } from './EChart.tsx';
import type { TradeOffOption } from './TradeOffTable.tsx';

/** One colour per option, distinct from the bands' red, orange and green. */
const OPTION_COLORS = ['#1c7ed6', '#7048e8', '#f08c00', '#0c8599', '#e64980', '#5c940d', '#495057', '#d6336c', '#1098ad', '#862e9c'];
const ROW_HEIGHT = 14;

/**
 * The change in trust level each option brings to each account, as bars grouped per account:
 * to the right gains, to the left losses. The same figures stand in the trade-off table.
 */
export function DilemmaChart({ options, names }: { options: readonly TradeOffOption[]; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const rows = useMemo(() => tradeOffRows(options.map((o) => o.outcome)), [options]);
  const option = useMemo<ChartOption>(() => {
    const labels = rows.map((row) => `${names.get(row.stakeholderId) ?? '?'} (${t(`decisions.dilemma.directionShort.${row.direction}`)})`);
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      legend: { bottom: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11, width: 260, overflow: 'truncate' } },
      grid: { left: 8, right: 16, top: 8, bottom: 8 + 22 * Math.ceil(options.length / 2), containLabel: true },
      xAxis: { type: 'value', axisLabel: { fontSize: 11 } },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { fontSize: 11, width: 120, overflow: 'truncate' } },
      series: options.map((o, i) => ({
        type: 'bar',
        name: o.title,
        itemStyle: { color: OPTION_COLORS[i % OPTION_COLORS.length] },
        data: rows.map((row) => {
          const change = row.changes[i];
          return change ? Math.round((change.trustAfter - change.trustBefore) * 10) / 10 : 0;
        }),
      })),
    };
  }, [rows, options, names, t]);
  const height = 80 + 22 * Math.ceil(options.length / 2) + rows.length * Math.max(28, options.length * ROW_HEIGHT + 8);
  return <EChart option={option} height={height} label={t('decisions.dilemma.chartLabel', { count: options.length })} testId="dilemma-chart" />;
}
