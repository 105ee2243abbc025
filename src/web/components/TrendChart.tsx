import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { SERIES_COLOR, type ChartOption } from '../charts.ts';
import { DIMENSIONS } from '../dimensions.ts';
import { useFormat } from '../format.ts';
import { isLanguage, NUMBER_LOCALE } from '../language.ts';
import type { Trend } from '../ledger-api.ts';
import { useWorkspace } from '../workspace.ts';
import { useTrend } from '../queries.ts';
import { EChart } from './EChart.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';

/** The account's trust level and its three legs at each month end of the last year, as lines and as a table. */
export function TrendChart({ account }: { account: Account }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const trend = useTrend(membership.organisationId, account.id);
  let body;
  if (trend.isError) body = <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  else if (!trend.data) body = <LoadingState />;
  else if (trend.data.dates.length === 0) body = <Text c="dimmed">{t('trend.empty')}</Text>;
  else body = <TrendLines trend={trend.data} account={account} />;
  return (
    <div data-testid={`trend-${account.direction}`}>
      <Text fw={600} fz="sm" mb={4}>
        {t('trend.title')}
      </Text>
      {body}
    </div>
  );
}

function TrendLines({ trend, account }: { trend: Trend; account: Account }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const month = useMemo(() => {
    const locale = NUMBER_LOCALE[isLanguage(i18n.language) ? i18n.language : 'en'];
    const formatter = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    return (iso: string) => formatter.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  }, [i18n.language]);

  const option = useMemo<ChartOption>(() => {
    const line = (name: string, color: string, values: number[], width: number) => ({
      type: 'line',
      name,
      data: values.map((v) => Math.round(v)),
      showSymbol: false,
      lineStyle: { color, width },
      itemStyle: { color },
    });
    return {
      animation: false,
      tooltip: { trigger: 'axis', confine: true },
      legend: { bottom: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 12, top: 12, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: trend.dates.map(month), boundaryGap: false, axisLabel: { fontSize: 11 } },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { fontSize: 11 } },
      series: [
        line(t('trend.overall'), SERIES_COLOR.overall, trend.points.map((p) => p.trustLevel), 3),
        ...DIMENSIONS.map((d) => line(t(`dimension.${d}`), SERIES_COLOR[d], trend.points.map((p) => p.legs[d].trustLevel), 1.5)),
      ],
    };
  }, [trend, month, t]);

  return (
    <>
      <EChart option={option} height={260} label={t('trend.label', { direction: t(`direction.${account.direction}`) })} />
      <Table className="tl-visually-hidden">
        <Table.Caption>{t('trend.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trend.month')}</Table.Th>
            <Table.Th scope="col">{t('trend.overall')}</Table.Th>
            {DIMENSIONS.map((d) => (
              <Table.Th key={d} scope="col">
                {t(`dimension.${d}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.dates.map((date, index) => {
            const point = trend.points[index]!;
            return (
              <Table.Tr key={date}>
                <Table.Th scope="row">{format.date(date)}</Table.Th>
                <Table.Td>{format.trust(point.trustLevel)}</Table.Td>
                {DIMENSIONS.map((d) => (
                  <Table.Td key={d}>{format.trust(point.legs[d].trustLevel)}</Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
