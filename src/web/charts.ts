import { BarChart, GraphChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the pages draw, as SVG: radars and lines (relation page, dashboard), a
 * graph (stakeholder map), scatter plots (power/interest grid) and bars (a dilemma's options side
 * by side); the rest of the library stays out of the bundle. Imported only by pages loaded on demand, never by the first load.
 */
echarts.use([
  RadarChart,
  LineChart,
  GraphChart,
  ScatterChart,
  BarChart,
  RadarComponent,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  SVGRenderer,
]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;

/** One colour per leg of the tripod, and one for the account's overall trust level. */
export const SERIES_COLOR = {
  overall: '#343a40',
  intentional: '#7048e8',
  professional: '#1c7ed6',
  contractual: '#0ca678',
  deposit: '#2b8a3e',
  withdrawal: '#c92a2a',
} as const;
