import { useEffect, useRef, type RefObject } from 'react';
import type { ECElementEvent, EChartsType } from 'echarts/core';
import { echarts } from './charts.ts';

/**
 * An ECharts instance drawn as SVG in the element `box` refers to: made once, resized with the
 * element (whose new width `onResize` receives), told of clicks, and disposed with the component.
 * The callbacks may change between renders without the chart being made again.
 */
export function useEChart(
  box: RefObject<HTMLDivElement | null>,
  { onClick, onResize }: { onClick?: (event: ECElementEvent) => void; onResize?: (width: number) => void } = {},
): RefObject<EChartsType | null> {
  const chart = useRef<EChartsType | null>(null);
  const callbacks = useRef({ onClick, onResize });
  useEffect(() => {
    callbacks.current = { onClick, onResize };
  }, [onClick, onResize]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event) => callbacks.current.onClick?.(event));
    const observer = new ResizeObserver((entries) => {
      callbacks.current.onResize?.(Math.round(entries[0]?.contentRect.width ?? 0));
      instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [box]);

  return chart;
}
