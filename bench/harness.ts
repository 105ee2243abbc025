import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * What a benchmark reports. Results go to bench/results/latest.json, one entry per figure, with
 * the machine they were measured on.
 */
export type Figure = TimingFigure | PercentileFigure | MemoryFigure;

/**
 * How a timing is measured: a few warm-up runs, then the median of several timed runs with their
 * minimum and maximum, so one noisy run on a shared machine does not make the figure.
 */
export interface TimingFigure {
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

/**
 * A figure beside its reference measured in the same run: the ratio of their medians, and the
 * most that ratio may be. A target on a rate ("at least half the reference's rate") is the same
 * as a time ratio of at most 2.
 */
export interface Comparison {
  readonly figure: string;
  readonly reference: string;
  readonly ratio: number;
  readonly target: number;
  readonly met: boolean;
}

export function compare(figure: TimingFigure, reference: TimingFigure, target: number): Comparison {
  const ratio = figure.median / reference.median;
  const comparison = { figure: figure.name, reference: reference.name, ratio, target, met: ratio <= target };
  console.log(`  → ${ratio.toFixed(2)}× the reference (target ≤ ${target}×: ${comparison.met ? 'met' : 'NOT met'})`);
  return comparison;
}

/** Times `operation` one call at a time, `count` calls after `warmup`, for its latency percentiles. */
export async function measureLatencies(name: string, operation: (i: number) => unknown, options: { count: number; warmup?: number; note?: string }): Promise<PercentileFigure> {
  for (let i = 0; i < (options.warmup ?? 50); i++) await operation(i);
  const times: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const start = performance.now();
    await operation(i);
    times.push(performance.now() - start);
  }
  return percentiles(name, times, options.note === undefined ? {} : { note: options.note });
}

/**
 * Many latencies of one kind of request, as a server answers them under load or one after the
 * other: their percentiles, and under load how many requests were answered per second.
 */
export interface PercentileFigure {
  readonly name: string;
  readonly unit: 'ms';
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly samples: number;
  readonly requestsPerSecond?: number;
  /** What p95 must stay under, when it has a target. */
  readonly target?: number;
  /** The rate it must reach meanwhile, when it has one. */
  readonly targetPerSecond?: number;
  readonly note?: string;
}

/** A size read once, such as a process's peak memory. */
export interface MemoryFigure {
  readonly name: string;
  readonly unit: 'MB';
  readonly value: number;
  /** What it must stay under, when it has a target. */
  readonly target?: number;
  readonly note?: string;
}

const verdict = (met: boolean, target: string) => `  (target ${target}: ${met ? 'met' : 'NOT met'})`;

export async function measure(name: string, run: () => unknown, options: { runs?: number; warmup?: number; target?: number; note?: string } = {}): Promise<TimingFigure> {
  const runs = options.runs ?? 20;
  for (let i = 0; i < (options.warmup ?? 3); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  const figure = figureFromTimes(name, times, { ...(options.target === undefined ? {} : { target: options.target }), ...(options.note === undefined ? {} : { note: options.note }) });
  const met = figure.target === undefined ? '' : verdict(figure.median <= figure.target, `≤ ${figure.target} ms`);
  console.log(`${name}: median ${figure.median.toFixed(2)} ms, min ${figure.min.toFixed(2)}, max ${figure.max.toFixed(2)} over ${runs} runs${met}`);
  return figure;
}

/** A figure from run times taken elsewhere (in child processes, say), with whatever else it reports. */
export function figureFromTimes(name: string, times: readonly number[], fields: Partial<Omit<TimingFigure, 'name' | 'unit' | 'median' | 'min' | 'max' | 'runs'>> = {}): TimingFigure {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { name, unit: 'ms', median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length, ...fields };
}

/** The percentiles of latencies in milliseconds, printed as they are made. */
export function percentiles(
  name: string,
  latencies: readonly number[],
  options: { requestsPerSecond?: number; target?: number; targetPerSecond?: number; note?: string } = {},
): PercentileFigure {
  const sorted = [...latencies].sort((a, b) => a - b);
  // Nearest rank: the smallest latency at or above which the share p of the samples lies.
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  const figure: PercentileFigure = { name, unit: 'ms', p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1)!, samples: sorted.length, ...options };
  const rate = figure.requestsPerSecond === undefined ? '' : `, ${figure.requestsPerSecond.toFixed(0)} requests/s`;
  const verdicts =
    (figure.target === undefined ? '' : verdict(figure.p95 <= figure.target, `p95 ≤ ${figure.target} ms`)) +
    (figure.targetPerSecond === undefined || figure.requestsPerSecond === undefined ? '' : verdict(figure.requestsPerSecond >= figure.targetPerSecond, `≥ ${figure.targetPerSecond} requests/s`));
  console.log(`${name}: p50 ${figure.p50.toFixed(2)} ms, p95 ${figure.p95.toFixed(2)}, p99 ${figure.p99.toFixed(2)}, max ${figure.max.toFixed(2)} over ${figure.samples} requests${rate}${verdicts}`);
  return figure;
}

/** A memory size in MB, printed as it is made. */
export function memory(name: string, megabytes: number, options: { target?: number; note?: string } = {}): MemoryFigure {
  const figure: MemoryFigure = { name, unit: 'MB', value: megabytes, ...options };
  console.log(`${name}: ${megabytes.toFixed(0)} MB${figure.target === undefined ? '' : verdict(megabytes <= figure.target, `≤ ${figure.target} MB`)}`);
  return figure;
}

export function machine() {
  const cores = cpus();
  // The load average says how busy the machine was: figures on a shared machine need it beside them.
  return { cpu: cores[0]?.model ?? 'unknown', cores: cores.length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) };
}

const RESULTS = resolve(import.meta.dirname, 'results/latest.json');

/** Replaces the named figures and comparisons in latest.json, keeping the others measured earlier. */
export function record(figures: readonly Figure[], comparisons: readonly Comparison[] = []): void {
  let previous: { figures?: Figure[]; comparisons?: Comparison[] } = {};
  try {
    previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as typeof previous;
  } catch {
    // first run: nothing to keep
  }
  const names = new Set(figures.map((f) => f.name));
  const kept = (previous.figures ?? []).filter((f) => !names.has(f.name));
  const compared = new Set(comparisons.map((c) => c.figure));
  const keptComparisons = (previous.comparisons ?? []).filter((c) => !compared.has(c.figure));
  mkdirSync(dirname(RESULTS), { recursive: true });
  const results = { measuredAt: new Date().toISOString(), machine: machine(), figures: [...kept, ...figures], comparisons: [...keptComparisons, ...comparisons] };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}
