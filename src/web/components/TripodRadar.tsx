import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { SERIES_COLOR, type ChartOption } from '../charts.ts';
import { DIMENSIONS } from '../dimensions.ts';
import { useFormat } from '../format.ts';
import { EChart } from './EChart.tsx';

/** The tripod of one account as a radar (0–100 on each leg), with the same figures in a table for screen readers. */
export function TripodRadar({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const legs = account.tripod.legs;
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'item', confine: true },
      radar: {
        radius: '68%',
        center: ['50%', '54%'],
        indicator: DIMENSIONS.map((d) => ({ name: t(`dimension.${d}`), max: 100, min: 0 })),
        axisName: { color: '#495057', fontSize: 12 },
        splitNumber: 4,
        splitArea: { areaStyle: { color: ['#f8f9fa', '#ffffff'] } },
      },
      series: [
        {
          type: 'radar',
          name: t(`direction.${account.direction}`),
          symbolSize: 6,
          lineStyle: { color: SERIES_COLOR.overall, width: 2 },
          itemStyle: { color: SERIES_COLOR.overall },
          areaStyle: { color: 'rgba(28, 126, 214, 0.18)' },
          data: [{ value: DIMENSIONS.map((d) => Math.round(legs[d].trustLevel)), name: t(`direction.${account.direction}`) }],
        },
      ],
    }),
    [t, account.direction, legs],
  );
  return (
    <div data-testid={`radar-${account.direction}`}>
      <Text fw={600} fz="sm" mb={4}>
        {t('radar.title')}
      </Text>
      <EChart option={option} height={240} label={t('radar.label', { direction: t(`direction.${account.direction}`) })} />
      <Table className="tl-visually-hidden">
        <Table.Caption>{t('radar.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('radar.leg')}</Table.Th>
            <Table.Th scope="col">{t('trustAccount.trustLevel')}</Table.Th>
            <Table.Th scope="col">{t('radar.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {DIMENSIONS.map((d) => (
            <Table.Tr key={d}>
              <Table.Th scope="row">{t(`dimension.${d}`)}</Table.Th>
              <Table.Td>{format.trust(legs[d].trustLevel)}</Table.Td>
              <Table.Td>{t(`legState.${legs[d].state}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
