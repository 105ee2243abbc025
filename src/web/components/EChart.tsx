import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from '../charts.ts';

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
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  // The latest callback, so that the chart need not be made again when it changes.
  const clicked = useRef(onItemClick);
  useEffect(() => {
    clicked.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      // Only a series' own items: a mark line or area has indices of its own.
      if (params.componentType === 'series' && typeof params.dataIndex === 'number') clicked.current?.(params.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="tl-chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
