import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { echarts, SERIES_COLOR, type ChartOption } from '../charts.ts';
import { DIMENSIONS } from '../dimensions.ts';
import { useFormat } from '../format.ts';
import { isLanguage, NUMBER_LOCALE } from '../language.ts';
import type { Trend } from '../ledger-api.ts';
import { useWorkspace } from '../workspace.ts';
import { useLedger, useTrend } from '../queries.ts';
import { trendMarkers } from '../trend-markers.ts';
import { EChart } from './EChart.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { useTrendBreachMarks } from './TrendBreachMarks.tsx';

/**
 * The account's trust level and its three legs at each month end of the last year, as lines and
 * as a table, with the entries of the period marked on the trust level's line (those of the ledger
 * pages loaded so far: the newest).
 */
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
  const { membership } = useWorkspace();
  const ledger = useLedger(membership.organisationId, account.id);
  const month = useMemo(() => {
    const locale = NUMBER_LOCALE[isLanguage(i18n.language) ? i18n.language : 'en'];
    const formatter = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    return (time: number) => formatter.format(new Date(time));
  }, [i18n.language]);
  const markers = useMemo(
    () =>
      trendMarkers(
        ledger.data?.pages.flatMap((page) => page.items) ?? [],
        trend.dates,
        trend.points.map((p) => p.trustLevel),
      ),
    [ledger.data, trend],
  );

  const breaches = useTrendBreachMarks(account, trend.dates);

  const option = useMemo<ChartOption>(() => {
    const line = (name: string, color: string, values: number[], width: number) => ({
      type: 'line',
      name,
      data: values.map((v, i) => [trend.dates[i], Math.round(v)]),
      symbolSize: width + 2,
      lineStyle: { color, width },
      itemStyle: { color },
      tooltip: { formatter: (p: { value: [string, number] }) => `${echarts.format.encodeHTML(name)}: ${p.value[1]}` },
    });
    const entry = (m: (typeof markers)[number]) =>
      [
        `<strong>${echarts.format.encodeHTML(format.date(m.occurredOn))}</strong>`,
        echarts.format.encodeHTML(`${t(m.amount > 0 ? 'ledger.deposit' : 'ledger.withdrawal')} ${Math.abs(m.amount)} · ${t(`foundation.${m.foundation}`)}`),
        ...(m.note ? [echarts.format.encodeHTML(m.note)] : []),
      ].join('<br>');
    return {
      animation: false,
      tooltip: { trigger: 'item', confine: true },
      legend: { bottom: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 12, top: 12, bottom: 48, containLabel: true },
      xAxis: { type: 'time', axisLabel: { fontSize: 11, formatter: month }, splitLine: { show: false } },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { fontSize: 11 } },
      series: [
        { ...line(t('trend.overall'), SERIES_COLOR.overall, trend.points.map((p) => p.trustLevel), 3), markLine: breaches.markLine },
        ...DIMENSIONS.map((d) => line(t(`dimension.${d}`), SERIES_COLOR[d], trend.points.map((p) => p.legs[d].trustLevel), 1.5)),
        {
          type: 'scatter',
          name: t('trend.entries'),
          // The legend's sign for the entries: a neutral triangle (each entry has its own colour).
          legendIcon: 'triangle',
          itemStyle: { color: SERIES_COLOR.overall },
          data: markers.map((m) => ({
            value: [m.occurredOn, m.value],
            symbol: 'triangle',
            symbolRotate: m.amount > 0 ? 0 : 180,
            symbolSize: 6 + 2 * Math.abs(m.amount),
            itemStyle: { color: m.amount > 0 ? SERIES_COLOR.deposit : SERIES_COLOR.withdrawal, borderColor: '#fff', borderWidth: 1 },
            entry: entry(m),
          })),
          z: 5,
          tooltip: { formatter: (p: { data: { entry: string } }) => p.data.entry },
        },
      ],
    };
  }, [trend, markers, month, format, t, breaches.markLine]);

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
      <div className="tl-visually-hidden" data-testid={`trend-markers-${account.direction}`}>
        <p>{t('trend.entriesMarked', { count: markers.length })}</p>
        <ul>
          {markers.map((m) => (
            <li key={m.id}>
              {`${format.date(m.occurredOn)}: ${t(m.amount > 0 ? 'ledger.deposit' : 'ledger.withdrawal')} ${Math.abs(m.amount)}, ${t(`foundation.${m.foundation}`)}`}
            </li>
          ))}
        </ul>
      </div>
      {breaches.summary}
    </>
  );
}
