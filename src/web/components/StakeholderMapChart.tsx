import { ActionIcon, Button, Group } from '@mantine/core';
import { LabelLayout } from 'echarts/features';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Band } from '../bands.ts';
import { echarts, type ChartOption } from '../charts.ts';
import type { MapLayout } from '../map-layout.ts';
import { useEChart } from '../use-echart.ts';
import { BAND_LOOK, CENTRE_COLOR, RING_COLOR, RING_LABEL_COLOR } from './StakeholderMapStyle.ts';

/** One stakeholder as the map shows it, its figures already in words for the chosen direction. */
export interface MapPoint {
  readonly relationId: string;
  readonly name: string;
  readonly category: string;
  readonly band: Band;
  readonly bandLabel: string;
  readonly trust: string;
  readonly balance: string;
  readonly phase: string;
}

export interface MapTexts {
  readonly trust: string;
  readonly balance: string;
  readonly phase: string;
  readonly levels: readonly string[];
}

// Hides a name that would cover another (labelLayout.hideOverlap); only the map needs it, so it is
// registered here rather than with the charts every page loads.
echarts.use([LabelLayout]);

const SERIES_ID = 'stakeholder-map';
const PADDING = 16;
const ZOOM_STEP = 1.25;
/** Below this many pixels per map unit the names would crowd the nodes: they are left to the tooltip. */
const NAMES_FROM_SCALE = 1;
/** The organisation's name is written in the centre only when the centre is large enough to hold it. */
const CENTRE_NAME_FROM = 56;

/** The chart's box: as wide as the page allows, about as high as it is wide, within reason. */
function chartHeight(width: number): number {
  return Math.round(Math.min(720, Math.max(320, width)));
}

function escape(text: string): string {
  return echarts.format.encodeHTML(text);
}

function tooltipHtml(point: MapPoint, texts: MapTexts): string {
  const row = (label: string, value: string) => `<div class="tl-map-tip-row"><span>${escape(label)}</span><b>${escape(value)}</b></div>`;
  return [
    `<div class="tl-map-tip"><div class="tl-map-tip-name">${escape(point.name)}</div>`,
    `<div class="tl-map-tip-category">${escape(point.category)}</div>`,
    row(texts.trust, `${point.trust} (${point.bandLabel})`),
    row(texts.balance, point.balance),
    row(texts.phase, point.phase),
    '</div>',
  ].join('');
}

interface NodeDatum {
  readonly id: string;
  readonly relationId?: string;
}

function isNodeDatum(value: unknown): value is NodeDatum {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
}

/**
 * The option for a chart `width`×`height` pixels: the layout's square [−extent, extent]² scaled
 * into the largest square that fits, so that map units become pixels at one known scale and the
 * nodes, whose sizes ECharts takes in pixels, keep the sizes the layout gave them. `nodeScaleRatio`
 * 1 makes nodes and rings grow with the zoom exactly as the distances do.
 */
function buildOption(
  layout: MapLayout,
  points: ReadonlyMap<string, MapPoint>,
  organisation: string,
  texts: MapTexts,
  width: number,
  height: number,
): ChartOption {
  const side = Math.max(10, Math.min(width, height) - 2 * PADDING);
  const scale = side / (2 * layout.extent);
  const inert = { tooltip: { show: false }, emphasis: { disabled: true }, cursor: 'default' };
  const rings = layout.rings.map((ring) => ({
    id: `ring-${ring.level}`,
    x: 0,
    y: 0,
    symbol: 'circle',
    symbolSize: 2 * ring.radius * scale,
    itemStyle: { color: 'none', borderColor: RING_COLOR, borderWidth: 1 },
    label: { show: false },
    ...inert,
  }));
  const ringNames = layout.rings.map((ring, index) => ({
    id: `ring-name-${ring.level}`,
    x: ring.labelX,
    y: ring.labelY,
    symbol: 'circle',
    symbolSize: 1,
    itemStyle: { color: 'none' },
    label: {
      show: true,
      position: 'inside',
      formatter: texts.levels[index] ?? ring.level,
      color: RING_LABEL_COLOR,
      fontSize: 12,
      fontWeight: 600,
      backgroundColor: '#ffffff',
      padding: [2, 4],
    },
    ...inert,
  }));
  // Two invisible corners fix the fitted box to the layout's square.
  const corners = [-1, 1].map((sign) => ({
    id: `corner-${sign}`,
    x: sign * layout.extent,
    y: sign * layout.extent,
    symbol: 'none',
    label: { show: false },
    ...inert,
  }));
  const centreSize = 2 * layout.centre.radius * scale;
  const centre = {
    id: 'organisation',
    x: 0,
    y: 0,
    symbol: 'circle',
    symbolSize: centreSize,
    itemStyle: { color: CENTRE_COLOR },
    label: {
      show: centreSize >= CENTRE_NAME_FROM,
      position: 'inside',
      formatter: organisation,
      color: '#ffffff',
      fontSize: 10,
      lineHeight: 12,
      fontWeight: 600,
      align: 'center',
      width: centreSize - 6,
      height: centreSize - 16,
      overflow: 'break',
      lineOverflow: 'truncate',
    },
    tooltip: { formatter: () => `<div class="tl-map-tip-name">${escape(organisation)}</div>` },
    cursor: 'default',
  };
  const stakeholders = layout.nodes.flatMap((node) => {
    const point = points.get(node.id);
    if (!point) return [];
    const look = BAND_LOOK[point.band];
    return [
      {
        id: node.id,
        relationId: point.relationId,
        x: node.x,
        y: node.y,
        symbol: look.symbol,
        symbolSize: 2 * node.radius * scale,
        itemStyle: {
          color: look.fill,
          borderColor: look.stroke,
          borderWidth: look.dashed ? 2 : 1,
          borderType: look.dashed ? 'dashed' : 'solid',
        },
        label: { show: scale >= NAMES_FROM_SCALE, position: 'bottom', distance: 2, formatter: point.name, fontSize: 11, color: '#343a40' },
        tooltip: { formatter: () => tooltipHtml(point, texts) },
      },
    ];
  });
  return {
    animation: false,
    tooltip: { trigger: 'item', confine: true, enterable: false, className: 'tl-map-tooltip' },
    series: [
      {
        id: SERIES_ID,
        type: 'graph',
        layout: 'none',
        roam: true,
        scaleLimit: { min: 0.5, max: 6 },
        nodeScaleRatio: 1,
        left: (width - side) / 2,
        top: (height - side) / 2,
        width: side,
        height: side,
        labelLayout: { hideOverlap: true },
        emphasis: { scale: 1.15, label: { show: true } },
        data: [...corners, ...rings, ...ringNames, centre, ...stakeholders],
        links: [],
      },
    ],
  };
}

/**
 * The stakeholder map itself: an ECharts graph, drawn as SVG, that can be dragged and zoomed, with
 * buttons for zooming for those without a wheel or touchpad. A click on a stakeholder opens its
 * relationship. The chart is an image to assistive technology; the page gives the table.
 */
export function StakeholderMapChart({
  layout,
  points,
  organisation,
  texts,
  label,
  onOpen,
}: {
  layout: MapLayout;
  points: ReadonlyMap<string, MapPoint>;
  organisation: string;
  texts: MapTexts;
  label: string;
  onOpen: (relationId: string) => void;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const height = chartHeight(width);
  const chart = useEChart(box, {
    onClick: (event) => {
      if (event.dataType === 'node' && isNodeDatum(event.data) && event.data.relationId) onOpen(event.data.relationId);
    },
    onResize: setWidth,
  });

  const option = useMemo(
    () => (width > 0 ? buildOption(layout, points, organisation, texts, width, height) : null),
    [layout, points, organisation, texts, width, height],
  );

  // Merged, not replaced: a new colouring or width keeps the reader's zoom and pan.
  useEffect(() => {
    if (!option) return;
    chart.current?.resize();
    chart.current?.setOption(option);
  }, [chart, option]);

  /** Zooms about the middle of the chart, as the wheel does about the pointer. */
  const zoom = (factor: number) =>
    chart.current?.dispatchAction({ type: 'graphRoam', seriesId: SERIES_ID, zoom: factor, originX: width / 2, originY: height / 2 });
  const reset = () => {
    if (option) chart.current?.setOption(option, { notMerge: true });
  };

  return (
    <div>
      <Group gap={6} justify="flex-end" mb={4}>
        <ActionIcon variant="default" size="lg" aria-label={t('map.zoomIn')} title={t('map.zoomIn')} onClick={() => zoom(ZOOM_STEP)}>
          <span aria-hidden="true">+</span>
        </ActionIcon>
        <ActionIcon variant="default" size="lg" aria-label={t('map.zoomOut')} title={t('map.zoomOut')} onClick={() => zoom(1 / ZOOM_STEP)}>
          <span aria-hidden="true">−</span>
        </ActionIcon>
        <Button variant="default" size="xs" h={34} onClick={reset}>
          {t('map.resetView')}
        </Button>
      </Group>
      <div ref={box} className="tl-chart tl-map-chart" style={{ height }} role="img" aria-label={label} data-testid="stakeholder-map" />
    </div>
  );
}
