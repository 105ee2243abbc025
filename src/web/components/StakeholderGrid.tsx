import { Anchor, Group, SimpleGrid, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BAND_COLOR, type Band } from '../bands.ts';
import { echarts, type ChartOption } from '../charts.ts';
import { useFormat } from '../format.ts';
import { GRID_DIVIDER, quadrantOf, QUADRANTS, spreadPoints, type Quadrant } from '../stakeholder-grid.ts';
import { receivedBand, type StakeholderRow } from '../stakeholder-list.ts';
import { EChart } from './EChart.tsx';

/** A shape per verdict, so that colour is never the only cue; hollow while there is no firm verdict. */
const BAND_SYMBOL: Record<Band | 'none', string> = {
  trust: 'circle',
  neutral: 'diamond',
  distrust: 'triangle',
  uncertain: 'emptyCircle',
  none: 'emptyRect',
};
const LEGEND: readonly Band[] = ['trust', 'neutral', 'distrust', 'uncertain'];

const AXIS_MIN = 0.5;
const AXIS_MAX = 5.5;
const RATINGS = [1, 2, 3, 4, 5];

/** Where each quadrant lies in the grid, in [interest, influence]; the upper two are named above the grid, clear of the points. */
const QUADRANT_AREA: Record<Quadrant, { from: [number, number]; to: [number, number]; position: string }> = {
  keepSatisfied: { from: [AXIS_MIN, AXIS_MAX], to: [GRID_DIVIDER, GRID_DIVIDER], position: 'top' },
  manageClosely: { from: [GRID_DIVIDER, AXIS_MAX], to: [AXIS_MAX, GRID_DIVIDER], position: 'top' },
  monitor: { from: [AXIS_MIN, GRID_DIVIDER], to: [GRID_DIVIDER, AXIS_MIN], position: 'insideBottomLeft' },
  keepInformed: { from: [GRID_DIVIDER, GRID_DIVIDER], to: [AXIS_MAX, AXIS_MIN], position: 'insideBottomRight' },
};

function symbolSize(importance: number): number {
  return 8 + importance * 3;
}

/**
 * The power/interest grid of the stakeholders the list shows: interest across, influence up, one
 * point per stakeholder coloured and shaped by the verdict on the trust we receive and sized by
 * importance. Equal ratings are spread apart so that no point hides another. Below it, who is in
 * which quadrant, in words and links.
 */
export function StakeholderGrid({ rows }: { rows: readonly StakeholderRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const theme = useMantineTheme();
  const navigate = useNavigate();
  const points = useMemo(
    () => spreadPoints(rows.map((row) => ({ id: row.stakeholder.id, x: row.stakeholder.interest, y: row.stakeholder.influence, row }))),
    [rows],
  );

  const option = useMemo<ChartOption>(() => {
    const colorOf = (band: Band | null) => (band === null ? theme.colors.gray[5] : theme.colors[BAND_COLOR[band]]![band === 'uncertain' ? 6 : 7]);
    const axis = (name: string) => ({
      type: 'value' as const,
      min: AXIS_MIN,
      max: AXIS_MAX,
      name,
      nameLocation: 'middle' as const,
      nameGap: 26,
      nameTextStyle: { color: theme.colors.gray[7], fontSize: 12 },
      axisLabel: { customValues: RATINGS, color: theme.colors.gray[7] },
      axisTick: { customValues: RATINGS },
      splitLine: { show: false },
      axisLine: { lineStyle: { color: theme.colors.gray[4] } },
    });
    return {
      animation: false,
      grid: { left: 40, right: 12, top: 26, bottom: 40 },
      xAxis: axis(t('stakeholderList.grid.interest')),
      yAxis: axis(t('stakeholderList.grid.influence')),
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { dataIndex: number }) => {
          const row = points[params.dataIndex]?.row;
          if (!row) return '';
          const reading = row.relation?.accounts.received.reading;
          const trust = reading
            ? t('stakeholderList.grid.tooltipTrust', { trust: format.trust(reading.trustLevel), band: t(`band.${reading.band}`) })
            : t('stakeholderList.grid.noAccounts');
          const ratings = t('stakeholderList.grid.tooltipRatings', { influence: row.stakeholder.influence, interest: row.stakeholder.interest });
          const encode = echarts.format.encodeHTML;
          return `<strong>${encode(row.stakeholder.name)}</strong><br/>${encode(trust)}<br/>${encode(ratings)}`;
        },
      },
      series: [
        {
          type: 'scatter',
          cursor: 'pointer',
          data: points.map(({ plotX, plotY, row }) => {
            const band = receivedBand(row);
            const color = colorOf(band);
            return {
              value: [plotX, plotY],
              symbol: BAND_SYMBOL[band ?? 'none'],
              symbolSize: symbolSize(row.stakeholder.importance),
              itemStyle: { color, borderColor: color, borderWidth: 1.5, opacity: row.archived ? 0.45 : 0.85 },
            };
          }),
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(0, 0, 0, 0)' },
            label: { color: theme.colors.gray[7], fontSize: 11, backgroundColor: 'rgba(255, 255, 255, 0.85)', padding: [1, 3] },
            data: QUADRANTS.map((quadrant) => {
              const area = QUADRANT_AREA[quadrant];
              return [
                { name: t(`stakeholderList.quadrant.${quadrant}`), coord: area.from, label: { position: area.position } },
                { coord: area.to },
              ];
            }),
          },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: theme.colors.gray[4], type: 'dashed', width: 1 },
            data: [{ xAxis: GRID_DIVIDER }, { yAxis: GRID_DIVIDER }],
          },
        },
      ],
    };
  }, [points, t, format, theme]);

  // A click on a point opens its relation.
  const open = useCallback(
    (dataIndex: number) => {
      const relation = points[dataIndex]?.row.relation;
      if (relation) void navigate({ to: '/relations/$relationId', params: { relationId: relation.id } });
    },
    [points, navigate],
  );

  const byQuadrant = useMemo(() => {
    const groups: Record<Quadrant, StakeholderRow[]> = { manageClosely: [], keepSatisfied: [], keepInformed: [], monitor: [] };
    for (const row of rows) groups[quadrantOf(row.stakeholder)].push(row);
    return groups;
  }, [rows]);

  return (
    <section aria-labelledby="stakeholder-grid-title" className="tl-stakeholder-grid">
      <Title order={3} fz="h4" id="stakeholder-grid-title">
        {t('stakeholderList.grid.title')}
      </Title>
      <Text fz="xs" c="dimmed" mb="xs">
        {t('stakeholderList.grid.intro')}
      </Text>
      <EChart option={option} height={340} label={t('stakeholderList.grid.label', { count: rows.length })} testId="stakeholder-grid" onItemClick={open} />
      <Group gap="sm" mt={4} aria-hidden="true">
        {LEGEND.map((band) => (
          <Group key={band} gap={4} wrap="nowrap">
            <svg width="12" height="12" viewBox="0 0 12 12" className="tl-grid-key">
              <BandShape band={band} color={theme.colors[BAND_COLOR[band]]![band === 'uncertain' ? 6 : 7]!} />
            </svg>
            <Text fz="xs">{t(`band.${band}`)}</Text>
          </Group>
        ))}
      </Group>
      <details className="tl-grid-alternative" data-testid="grid-alternative">
        <summary>{t('stakeholderList.grid.perQuadrant')}</summary>
        {rows.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('stakeholderList.grid.empty')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="xs">
            {(['keepSatisfied', 'manageClosely', 'monitor', 'keepInformed'] as const).map((quadrant) => (
              <Stack key={quadrant} gap={2} data-quadrant={quadrant}>
                <Title order={4} fz="sm">
                  {t(`stakeholderList.quadrant.${quadrant}`)}{' '}
                  <Text component="span" fz="xs" c="dimmed" fw={400}>
                    ({t(`stakeholderList.quadrantHint.${quadrant}`)})
                  </Text>
                </Title>
                {byQuadrant[quadrant].length === 0 ? (
                  <Text fz="sm" c="dimmed">
                    {t('stakeholderList.grid.nobody')}
                  </Text>
                ) : (
                  <ul className="tl-quadrant-list">
                    {byQuadrant[quadrant].map((row) => (
                      <li key={row.stakeholder.id}>
                        {row.relation ? (
                          <Anchor fz="sm" renderRoot={(props) => <Link {...props} to="/relations/$relationId" params={{ relationId: row.relation!.id }} />}>
                            {row.stakeholder.name}
                          </Anchor>
                        ) : (
                          <Text component="span" fz="sm">
                            {row.stakeholder.name}
                          </Text>
                        )}
                        <Text component="span" fz="xs" c="dimmed">
                          {' · '}
                          {row.relation
                            ? `${format.trust(row.relation.accounts.received.reading.trustLevel)} ${t(`band.${row.relation.accounts.received.reading.band}`)}`
                            : t('stakeholderList.noRelation')}
                        </Text>
                      </li>
                    ))}
                  </ul>
                )}
              </Stack>
            ))}
          </SimpleGrid>
        )}
      </details>
    </section>
  );
}

function BandShape({ band, color }: { band: Band; color: string }) {
  switch (band) {
    case 'trust':
      return <circle cx="6" cy="6" r="5" fill={color} />;
    case 'neutral':
      return <polygon points="6,0.5 11.5,6 6,11.5 0.5,6" fill={color} />;
    case 'distrust':
      return <polygon points="6,1 11.5,11 0.5,11" fill={color} />;
    case 'uncertain':
      return <circle cx="6" cy="6" r="4.5" fill="none" stroke={color} strokeWidth="1.5" />;
  }
}
