import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Figure, TimingFigure } from './harness.ts';

const CLI = resolve(import.meta.dirname, '../bin/trust-ledger.js');

/** One peer or product run: wall time and peak memory, as GNU time reports them. */
interface Run {
  readonly seconds: number;
  readonly peakMB: number;
}

/** Installs a Debian package when its program is missing (the bench may run on a fresh machine). */
export function ensureProgram(program: string, pkg: string): boolean {
  if (existsSync(`/usr/bin/${program}`)) return true;
  console.log(`installing ${pkg} (apt-get) for the peer comparison…`);
  const installed = spawnSync('apt-get', ['install', '-y', pkg], { stdio: 'ignore' });
  return installed.status === 0 && existsSync(`/usr/bin/${program}`);
}

function timed(command: string, args: readonly string[]): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kilobytes] = last.split(' ').map(Number);
  if (result.status !== 0 || seconds === undefined || kilobytes === undefined || Number.isNaN(seconds)) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr.slice(-500)}`);
  }
  return { seconds, peakMB: kilobytes / 1024 };
}

function figureOf(name: string, runs: readonly Run[], note: string): TimingFigure & { peakMB: number } {
  const times = runs.map((r) => r.seconds * 1000).sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  const peakMB = Math.max(...runs.map((r) => r.peakMB));
  console.log(`${name}: median ${(median / 1000).toFixed(2)} s (min ${(times[0]! / 1000).toFixed(2)}, max ${(times.at(-1)! / 1000).toFixed(2)}), peak ${peakMB.toFixed(0)} MB over ${runs.length} run(s)`);
  return { name, unit: 'ms', median, min: times[0]!, max: times.at(-1)!, runs: runs.length, note, peakMB };
}

function version(program: string): string {
  try {
    return execFileSync(program, ['--version'], { encoding: 'utf8' }).split('\n')[0]!.trim();
  } catch {
    return 'unknown version';
  }
}

/**
 * Against the peers (issue #10): plain-text accounting tools reading the same ledger as a journal,
 * and the product going from the same data as text (entries.csv) to every account's balance and
 * trust level — process start to exit, output discarded. Target: at least 20× faster than
 * ledger-cli and at most a tenth of its peak memory.
 */
export function peerFigures(csvDirectory: string, journal: string, asOf: string, options: { hledger: boolean }): { figures: Figure[]; verdict: { speedup: number; memoryShare: number; met: boolean } | null } {
  const product = figureOf(
    'product: balance --from-csv, entries.csv to every account\'s balance and trust level',
    [1, 2, 3].map(() => timed(process.execPath, [CLI, 'balance', '--from-csv', csvDirectory, '--as-of', asOf])),
    'node bin/trust-ledger.js balance --from-csv <dir> (tsx start included)',
  );
  const figures: (TimingFigure & { peakMB: number })[] = [product];
  let verdict = null;
  if (ensureProgram('ledger', 'ledger')) {
    const ledger = figureOf(`ledger-cli balance (${version('ledger')})`, [timed('/usr/bin/ledger', ['-f', journal, 'balance'])], 'ledger -f journal balance');
    figures.push(ledger);
    const speedup = ledger.median / product.median;
    const memoryShare = product.peakMB / ledger.peakMB;
    verdict = { speedup, memoryShare, met: speedup >= 20 && memoryShare <= 0.1 };
    console.log(`  → the product is ${speedup.toFixed(0)}× faster than ledger-cli with ${(memoryShare * 100).toFixed(1)}% of its peak memory (target ≥ 20× and ≤ 10%: ${verdict.met ? 'met' : 'NOT met'})`);
  } else {
    console.log('ledger-cli is not installed and could not be: the peer comparison is left out');
  }
  if (options.hledger && existsSync('/usr/bin/hledger')) {
    figures.push(figureOf(`hledger balance (${version('hledger')})`, [timed('/usr/bin/hledger', ['-f', journal, 'balance'])], 'hledger -f journal balance'));
  }
  return { figures, verdict };
}
