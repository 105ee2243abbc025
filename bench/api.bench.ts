import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createApiToken } from '../src/app/api-tokens.ts';
import { createContext } from '../src/app/context.ts';
import { mulberry32 } from '../src/app/demo/seeded-random.ts';
import { openStore } from '../src/store/connect.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { listAccounts, listRelations } from '../src/store/relations.ts';
import { measure, memory, percentiles, type Figure } from './harness.ts';

/**
 * The API as a user meets it: the real server started as a child process (`trust-ledger serve`)
 * on an SQLite file that already holds the organisation, called over HTTP with an API token.
 *
 * - the organisation overview, the dashboard's first reading: 32 clients at once for 10 s after a
 *   3 s warm-up (autocannon), requests per second and latency percentiles;
 * - the relation page's readings for 200 random relations, each page's three requests at once as
 *   the browser sends them: the relation with both accounts and legs, and each account's trend
 *   over 60 month ends;
 * - the server's peak memory (VmHWM) over all of that.
 *
 * The file may come from anywhere (bench/generate.ts with a CSV import, or
 * bench/build-organisation.ts); only a token is added to it.
 */
const CONNECTIONS = 32;
const LOAD_SECONDS = 10;
const WARMUP_SECONDS = 3;
const RELATION_PAGES = 200;
const WARMUP_PAGES = 20;
const TREND_MONTHS = 60;
const ROOT = resolve(import.meta.dirname, '..');

export async function apiFigures(databaseFile: string, organisationId: string): Promise<Figure[]> {
  const { token, pages, size } = await prepare(resolve(databaseFile), organisationId);
  const dataDir = dataDirectoryOf(resolve(databaseFile));
  const server = await startServer(dataDir.path);
  try {
    const headers = { authorization: `Bearer ${token}` };
    const overviewUrl = `${server.url}/api/v1/organisations/${organisationId}/overview`;
    const get = async (url: string) => {
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    };
    const figures: Figure[] = [];
    figures.push(
      await measure(`overview API, first request after the server starts (${size})`, () => get(overviewUrl), {
        runs: 1,
        warmup: 0,
        note: 'computes the overview from the database; later requests are served from the read cache until a write',
      }),
    );
    figures.push(await overviewUnderLoad(overviewUrl, headers, size));
    figures.push(...(await relationPages(server.url, organisationId, pages, get, size)));
    figures.push(memory(`server peak memory, RSS high-water mark (${size})`, peakMegabytes(server.pid), { target: 512, note: 'VmHWM of the server process after every figure above' }));
    return figures;
  } finally {
    await server.stop();
    dataDir.remove();
  }
}

interface RelationPage {
  readonly relationId: string;
  readonly accountIds: readonly string[];
}

/** A viewer token for the organisation, the relations whose pages are read, and the data's size for the notes. */
async function prepare(file: string, organisationId: string): Promise<{ token: string; pages: RelationPage[]; size: string }> {
  const store = openStore({ kind: 'sqlite', file });
  try {
    await migrateToLatest(store.db);
    const ctx = createContext(store);
    const { token } = await createApiToken(ctx, organisationId, { name: 'api benchmark', role: 'viewer' });
    const [relations, accounts] = await Promise.all([listRelations(store.db, organisationId), listAccounts(store.db, organisationId)]);
    const { entries } = await store.db
      .selectFrom('entries')
      .select((eb) => eb.fn.countAll<number>().as('entries'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const random = mulberry32(42);
    const pages = Array.from({ length: WARMUP_PAGES + RELATION_PAGES }, () => {
      const relation = relations[Math.floor(random() * relations.length)]!;
      return { relationId: relation.id, accountIds: accounts.filter((a) => a.relationId === relation.id).map((a) => a.id) };
    });
    return { token, pages, size: `${relations.length.toLocaleString('en')} relations, ${Number(entries).toLocaleString('en')} entries` };
  } finally {
    await store.db.destroy();
  }
}

/**
 * The server finds its SQLite file as `trust-ledger.sqlite` in TRUST_LEDGER_DATA_DIR. Any other
 * file name is reached through a symbolic link in a directory of its own; SQLite follows it, so
 * the write-ahead log lies beside the real file.
 */
function dataDirectoryOf(file: string): { path: string; remove(): void } {
  if (basename(file) === 'trust-ledger.sqlite') return { path: dirname(file), remove: () => undefined };
  const path = mkdtempSync(join(tmpdir(), 'trust-ledger-bench-'));
  symlinkSync(file, join(path, 'trust-ledger.sqlite'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

interface RunningServer {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** `trust-ledger serve` on a free port, resolved once it says where it listens. */
function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/trust-ledger.js'), 'serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    // An empty DATABASE_URL keeps the server on the SQLite file even when the shell names a PostgreSQL.
    env: { ...process.env, TRUST_LEDGER_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveStart, reject) => {
    let started = false;
    const failed = (why: string) => {
      if (started) return;
      started = true;
      child.kill('SIGKILL');
      reject(new Error(`the server did not start: ${why}\n${output}`));
    };
    // Migrating a large file that has not been served yet takes a while.
    const timer = setTimeout(() => failed('no address after 5 minutes'), 300_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (started || url === undefined) return;
      started = true;
      clearTimeout(timer);
      resolveStart({ url, pid: child.pid!, stop: () => stopServer(child) });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(`it exited with code ${code}`);
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function overviewUnderLoad(url: string, headers: Record<string, string>, size: string): Promise<Figure> {
  const latencies: number[] = [];
  const run = autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS, headers, warmup: { connections: CONNECTIONS, duration: WARMUP_SECONDS } });
  run.on('response', (_client, status, _bytes, time) => {
    if (status === 200) latencies.push(time);
  });
  const result = await run;
  if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0) {
    throw new Error(`overview under load: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} answers other than 2xx`);
  }
  return percentiles(`overview API under load, ${CONNECTIONS} connections (${size})`, latencies, {
    requestsPerSecond: result.requests.average,
    target: 50,
    targetPerSecond: 2_000,
    note: `autocannon, ${LOAD_SECONDS} s after a ${WARMUP_SECONDS} s warm-up, one API token; latency as autocannon measured each response`,
  });
}

/** The first day of the month TREND_MONTHS − 1 months back: a trend from it has TREND_MONTHS month ends. */
function trendStart(today: Date): string {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (TREND_MONTHS - 1), 1));
  return start.toISOString().slice(0, 10);
}

async function relationPages(
  base: string,
  organisationId: string,
  pages: readonly RelationPage[],
  get: (url: string) => Promise<void>,
  size: string,
): Promise<Figure[]> {
  const api = `${base}/api/v1/organisations/${organisationId}`;
  const from = trendStart(new Date());
  const requests: number[] = [];
  const wholePages: number[] = [];
  const timed = async (url: string) => {
    const start = performance.now();
    await get(url);
    return performance.now() - start;
  };
  for (const [i, page] of pages.entries()) {
    const start = performance.now();
    const times = await Promise.all([
      timed(`${api}/relations/${page.relationId}`),
      ...page.accountIds.map((id) => timed(`${api}/accounts/${id}/trend?from=${from}`)),
    ]);
    if (i < WARMUP_PAGES) continue;
    requests.push(...times);
    wholePages.push(performance.now() - start);
  }
  const note = `${RELATION_PAGES} random relations after ${WARMUP_PAGES} for warm-up, one page after the other; a page is the relation with both accounts and legs and each account's trend over ${TREND_MONTHS} month ends, its requests sent at once`;
  return [
    percentiles(`relation page API, each request (${size})`, requests, { target: 20, note }),
    percentiles(`relation page API, whole page (${size})`, wholePages, { note }),
  ];
}

/** The peak resident memory of a running process, from Linux's /proc. */
function peakMegabytes(pid: number): number {
  const kilobytes = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kilobytes === undefined) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(kilobytes) / 1024;
}

if (import.meta.filename === process.argv[1]) {
  const [file, organisationId] = process.argv.slice(2);
  if (!file || !organisationId) throw new Error('usage: tsx bench/api.bench.ts <sqlite file> <organisation id>');
  await apiFigures(file, organisationId);
}
