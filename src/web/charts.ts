import { LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the relation page draws (a radar and lines, as SVG): the rest of the
 * library stays out of the bundle. Imported only by the relation page, so it loads with it.
 */
echarts.use([RadarChart, LineChart, RadarComponent, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;

/** One colour per leg of the tripod, and one for the account's overall trust level. */
export const SERIES_COLOR = {
  overall: '#343a40',
  intentional: '#7048e8',
  professional: '#1c7ed6',
  contractual: '#0ca678',
} as const;
