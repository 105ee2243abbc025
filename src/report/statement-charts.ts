import type { BarGroup } from './statement-document.ts';

/**
 * The geometry of a grouped bar chart on the 0–100 trust scale, computed once and drawn by both
 * renderers (SVG for the page, pdfkit paths for the PDF), so the charts are vector in both.
 */

export const SERIES_COLOURS = ['#1f5f8b', '#9db8cc', '#2e7d4f', '#a9cfb6'] as const;

export interface ChartBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly colour: string;
  readonly value: number;
}

export interface BarChart {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  readonly gridlines: readonly { readonly y: number; readonly label: string }[];
  readonly bars: readonly ChartBar[];
  readonly labels: readonly { readonly x: number; readonly y: number; readonly text: string }[];
  readonly legend: readonly { readonly x: number; readonly y: number; readonly colour: string; readonly text: string }[];
}

/** Legend entries per row: two fit the longest labels ("Ontvangen vertrouwen (Toen)") side by side. */
const LEGEND_PER_ROW = 2;
const LEGEND_ROW = 14;

export function barChart(series: readonly string[], groups: readonly BarGroup[], width = 480, plotHeight = 140): BarChart {
  const legendRows = Math.ceil(series.length / LEGEND_PER_ROW);
  const height = plotHeight + 34 + legendRows * LEGEND_ROW;
  const plot = { left: 30, top: 10, width: width - 40, height: plotHeight };
  const scale = (value: number) => (value / 100) * plot.height;
  const slot = plot.width / Math.max(groups.length, 1);
  const barWidth = Math.min(22, (slot * 0.8) / Math.max(series.length, 1));
  const bars: ChartBar[] = [];
  const labels: BarChart['labels'][number][] = [];
  groups.forEach((group, g) => {
    const start = plot.left + g * slot + (slot - barWidth * series.length) / 2;
    group.values.forEach((value, s) => {
      if (value === null) return;
      const h = scale(Math.max(0, Math.min(100, value)));
      bars.push({ x: start + s * barWidth, y: plot.top + plot.height - h, width: barWidth - 1, height: h, colour: SERIES_COLOURS[s % SERIES_COLOURS.length]!, value });
    });
    labels.push({ x: plot.left + g * slot + slot / 2, y: plot.top + plot.height + 14, text: group.label });
  });
  const legendWidth = width / LEGEND_PER_ROW;
  const legendTop = plot.top + plot.height + 34;
  return {
    width,
    height,
    plot,
    gridlines: [0, 25, 50, 75, 100].map((v) => ({ y: plot.top + plot.height - scale(v), label: String(v) })),
    bars,
    labels,
    legend: series.map((text, s) => ({ x: (s % LEGEND_PER_ROW) * legendWidth + 4, y: legendTop + Math.floor(s / LEGEND_PER_ROW) * LEGEND_ROW, colour: SERIES_COLOURS[s % SERIES_COLOURS.length]!, text })),
  };
}
