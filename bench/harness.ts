import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * How a figure is measured: a few warm-up runs, then the median of several timed runs with their
 * minimum and maximum, so one noisy run on a shared machine does not make the figure. Results go
 * to bench/results/latest.json, one entry per figure, with the machine they were measured on.
 */
export interface Figure {
  readonly name: string;
  readonly unit: 'ms';
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  /** What the figure must stay under, when it has a target. */
  readonly target?: number;
  readonly note?: string;
  /** Rows per second at the median, for a figure that moves rows. */
  readonly rate?: number;
  /** The figure this one is measured against, side by side in the same run. */
  readonly reference?: string;
  /** This figure's rate as a share of its reference's rate, both at their medians. */
  readonly ratio?: number;
  /** The least `ratio` that meets the target, when the target is a ratio to the reference. */
  readonly minRatio?: number;
}

export async function measure(name: string, run: () => unknown, options: { runs?: number; warmup?: number; target?: number; note?: string } = {}): Promise<Figure> {
  const runs = options.runs ?? 20;
  for (let i = 0; i < (options.warmup ?? 3); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  const figure = figureFromTimes(name, times, { ...(options.target === undefined ? {} : { target: options.target }), ...(options.note === undefined ? {} : { note: options.note }) });
  const verdict = figure.target === undefined ? '' : figure.median <= figure.target ? `  (target ≤ ${figure.target} ms: met)` : `  (target ≤ ${figure.target} ms: NOT met)`;
  console.log(`${name}: median ${figure.median.toFixed(2)} ms, min ${figure.min.toFixed(2)}, max ${figure.max.toFixed(2)} over ${runs} runs${verdict}`);
  return figure;
}

/** A figure from run times taken elsewhere (in child processes, say), with whatever else it reports. */
export function figureFromTimes(name: string, times: readonly number[], fields: Partial<Omit<Figure, 'name' | 'unit' | 'median' | 'min' | 'max' | 'runs'>> = {}): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { name, unit: 'ms', median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length, ...fields };
}

export function machine() {
  const cores = cpus();
  return { cpu: cores[0]?.model ?? 'unknown', cores: cores.length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
}

const RESULTS = resolve(import.meta.dirname, 'results/latest.json');

/** Replaces the named figures in latest.json, keeping the others measured earlier. */
export function record(figures: readonly Figure[]): void {
  let previous: { figures?: Figure[] } = {};
  try {
    previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as { figures?: Figure[] };
  } catch {
    // first run: nothing to keep
  }
  const names = new Set(figures.map((f) => f.name));
  const kept = (previous.figures ?? []).filter((f) => !names.has(f.name));
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: machine(), figures: [...kept, ...figures] }, null, 2)}\n`);
}
