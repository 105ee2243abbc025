import { useEffect, useRef } from 'react';
import type { ChartOption } from '../charts.ts';
import { useEChart } from '../use-echart.ts';

/**
 * An ECharts chart drawn as SVG, resized with its box. The chart itself is an image with a short
 * label; the figures behind it are given in words or a table beside it (the caller's job).
 */
export function EChart({
  option,
  label,
  height,
  testId,
  onItemClick,
}: {
  option: ChartOption;
  label: string;
  height: number;
  testId?: string;
  /** Called with the index of a data item clicked (in its series). */
  onItemClick?: (dataIndex: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useEChart(box, {
    // Only a series' own items: a mark line or area has indices of its own.
    onClick: (event) => {
      if (event.componentType === 'series' && typeof event.dataIndex === 'number') onItemClick?.(event.dataIndex);
    },
  });

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [chart, option]);

  return <div ref={box} className="tl-chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
