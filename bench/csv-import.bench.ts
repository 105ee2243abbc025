import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createContext } from '../src/app/context.ts';
import { CSV_COLUMNS, planImport, type ImportPlan } from '../src/app/csv-import-plan.ts';
import { importCsv, type CsvFiles } from '../src/app/csv-import.ts';
import { readCsv, CSV_KINDS } from '../src/app/csv-read.ts';
import { createOrganisation } from '../src/app/organisations.ts';
import { openStore, type StoreConfig } from '../src/store/connect.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { generateOrganisation, writeCsvFiles } from './generate.ts';
import { figureFromTimes, record, type TimingFigure } from './harness.ts';

/**
 * The CSV import of issue 10, beside the least work it could do. The reference inserts the same
 * rows — the entries and reversals of entries.csv, parsed and planned beforehand, as the import
 * writes them — into an unindexed table of a fresh SQLite file (the pragmas of connect.ts) with
 * one prepared statement in one transaction; only the inserts and the commit are timed. The
 * product is `importCsv` of stakeholders.csv, relations.csv and entries.csv together into an
 * organisation of a fresh, migrated SQLite file, timed end to end: decoding, parsing, checking,
 * writing the entries with their indexes, running sums and audit records, and the commit (the
 * files' bytes are read from disk beforehand, as the command line does). The three files go in
 * one import because entries.csv names its stakeholders by the keys of stakeholders.csv, which
 * mean something only within one import; the stakeholders and relations alone are timed once
 * apart and reported in the note (about a fortieth of the rows). Target: the product's rate at
 * least half the reference's. With TEST_DATABASE_URL set, the same import into a fresh schema of
 * that PostgreSQL is reported beside, against the SQLite import.
 *
 * Every run is a child process of its own, so that each starts from a fresh heap and reports its
 * own peak memory; reference and product runs alternate, so both see the same load.
 *
 * From bench/run.ts: `await csvImportFigures(directory)` with a directory that holds the three
 * files of `writeCsvFiles(generateOrganisation({ relations: 10_000, entries: 1_000_000 }), directory)`.
 * On its own: `npx tsx bench/csv-import.bench.ts [directory]` (default /tmp/bench-csv, generated
 * when missing) prints the figures and records them in bench/results/latest.json.
 */

const RUNS = 3;
/** The product's rate as a share of the reference's that meets the target. */
const MIN_RATIO = 0.5;

type RunKind = 'reference' | 'sqlite' | 'sqlite-stakeholders-relations' | 'postgres';

interface RunResult {
  readonly ms: number;
  readonly rows: number;
  readonly maxRssMiB: number;
}

const THIS_FILE = fileURLToPath(import.meta.url);

export async function csvImportFigures(directory: string): Promise<TimingFigure[]> {
  const loadBefore = loadavg()[0]!;
  const reference: RunResult[] = [];
  const sqlite: RunResult[] = [];
  for (let run = 1; run <= RUNS; run++) {
    reference.push(await inChild('reference', directory));
    sqlite.push(await inChild('sqlite', directory));
    console.log(`csv import run ${run}/${RUNS}: reference ${reference.at(-1)!.ms.toFixed(0)} ms, SQLite import ${sqlite.at(-1)!.ms.toFixed(0)} ms`);
  }
  const apart = await inChild('sqlite-stakeholders-relations', directory);
  const postgresUrl = process.env.TEST_DATABASE_URL?.trim();
  const postgres: RunResult[] = [];
  if (postgresUrl) for (let run = 1; run <= RUNS; run++) postgres.push(await inChild('postgres', directory));
  const load = `1-minute load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`;

  const rows = sqlite[0]!.rows;
  const count = `${(rows / 1e6).toFixed(rows % 1e6 === 0 ? 0 : 2)}M`;
  const referenceFigure = withRate(`CSV import reference: the same ${count} entry rows into an unindexed SQLite table, one prepared statement, one transaction`, reference, {
    note: `inserts and commit only; rows parsed and planned beforehand; peak RSS ${peak(reference)} MiB; ${load}`,
  });
  const sqliteFigure = withRate(`CSV import into SQLite: ${count} entries with their stakeholders and relations, indexes and running sums included`, sqlite, {
    reference: referenceFigure.name,
    minRatio: MIN_RATIO,
    note: `importCsv end to end (decode, parse, check, write, commit) of the three files in one import; the stakeholders and relations alone take ${apart.ms.toFixed(0)} ms; peak RSS ${peak(sqlite)} MiB; ${load}`,
  });
  const figures = [referenceFigure, { ...sqliteFigure, ratio: sqliteFigure.rate! / referenceFigure.rate! }];
  if (postgres.length > 0) {
    const postgresFigure = withRate(`CSV import into PostgreSQL: ${count} entries with their stakeholders and relations, indexes and running sums included`, postgres, {
      reference: sqliteFigure.name,
      note: `the same import into a fresh schema of TEST_DATABASE_URL, beside SQLite's (no target); peak RSS of the importing process ${peak(postgres)} MiB`,
    });
    figures.push({ ...postgresFigure, ratio: postgresFigure.rate! / sqliteFigure.rate! });
  }
  for (const figure of figures) {
    const against = figure.ratio === undefined ? '' : `, ${figure.ratio.toFixed(2)}× the rate of ${figure.reference === referenceFigure.name ? 'the reference' : 'the SQLite import'}`;
    const verdict = figure.minRatio === undefined ? '' : figure.ratio! >= figure.minRatio ? `  (target ≥ ${figure.minRatio}×: met)` : `  (target ≥ ${figure.minRatio}×: NOT met)`;
    console.log(`${figure.name}: median ${figure.median.toFixed(0)} ms, min ${figure.min.toFixed(0)}, max ${figure.max.toFixed(0)} over ${figure.runs} runs; ${Math.round(figure.rate!).toLocaleString('en')} rows/s${against}${verdict}`);
  }
  return figures;
}

function withRate(name: string, runs: readonly RunResult[], fields: Partial<TimingFigure>): TimingFigure {
  const figure = figureFromTimes(name, runs.map((r) => r.ms), fields);
  return { ...figure, rate: runs[0]!.rows / (figure.median / 1000) };
}

const peak = (runs: readonly RunResult[]) => Math.max(...runs.map((r) => r.maxRssMiB));

/** Runs one measurement in a fresh Node.js process (with tsx, as bench/run.ts runs) and reads its result. */
async function inChild(kind: RunKind, directory: string): Promise<RunResult> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', import.meta.resolve('tsx'), THIS_FILE, '--run', kind, directory], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as RunResult;
}

function readFiles(directory: string, kinds: readonly (keyof CsvFiles)[] = CSV_KINDS): CsvFiles {
  return Object.fromEntries(kinds.map((kind) => [kind, readFileSync(join(directory, `${kind}.csv`))]));
}

/** One measurement, in this process: what a child is started for. */
async function runOnce(kind: RunKind, directory: string): Promise<RunResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'trust-ledger-csv-bench-'));
  try {
    if (kind === 'reference') return referenceRun(directory, join(scratch, 'reference.sqlite'));
    if (kind === 'postgres') return await postgresRun(directory, process.env.TEST_DATABASE_URL!.trim());
    const files = readFiles(directory, kind === 'sqlite' ? CSV_KINDS : ['stakeholders', 'relations']);
    return await productRun({ kind: 'sqlite', file: join(scratch, 'product.sqlite') }, files);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function productRun(config: StoreConfig, files: CsvFiles): Promise<RunResult> {
  const store = openStore(config);
  try {
    await migrateToLatest(store.db);
    const ctx = createContext(store);
    const organisation = await createOrganisation(ctx, { name: 'CSV import benchmark' });
    const start = performance.now();
    const summary = await importCsv(ctx, organisation.id, files);
    const ms = performance.now() - start;
    return { ms, rows: summary.entries + summary.reversals, maxRssMiB: maxRssMiB() };
  } finally {
    await store.db.destroy();
  }
}

async function postgresRun(directory: string, url: string): Promise<RunResult> {
  const schema = `bench_csv_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
    return await productRun({ kind: 'postgres', url, searchPath: schema }, readFiles(directory));
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

/**
 * The reference: the rows the import would write for entries.csv — made from the same plan, with
 * ids, organisation, time of recording and, for reversals, the entry reversed — inserted one by
 * one with a single prepared statement into a table without any index or constraint.
 */
function referenceRun(directory: string, file: string): RunResult {
  const rows = plannedRows(directory);
  const db = new SQLite(file);
  try {
    // The pragmas of connect.ts.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.exec(`create table entries (id text, organisation_id text, account_id text, occurred_on text, recorded_at text, author_user_id text,
      foundation text, amount integer, intent text, note text, source text, reverses_entry_id text)`);
    const insert = db.prepare('insert into entries values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const start = performance.now();
    db.transaction(() => {
      for (const row of rows) insert.run(row);
    })();
    return { ms: performance.now() - start, rows: rows.length, maxRssMiB: maxRssMiB() };
  } finally {
    db.close();
  }
}

function plannedRows(directory: string): unknown[][] {
  const ctx = createContext(openStore({ kind: 'sqlite', file: ':memory:' }));
  const organisationId = ctx.newId();
  const files = readFiles(directory);
  const rows = Object.fromEntries(CSV_KINDS.map((kind) => [kind, readCsv(kind, files[kind]!, CSV_COLUMNS[kind]).rows]));
  const today = new Date().toISOString().slice(0, 10);
  const { plan, issues } = planImport(ctx, organisationId, { stakeholders: rows.stakeholders!, relations: rows.relations!, entries: rows.entries! }, { stakeholders: [], relations: [], accounts: [], entries: new Map() }, today);
  if (issues.length > 0) throw new Error(`the benchmark's files do not import: ${issues[0]!.message}`);
  return rowsOf(plan, organisationId, ctx.now().toISOString(), ctx.newId);
}

function rowsOf(plan: ImportPlan, organisationId: string, recordedAt: string, newId: () => string): unknown[][] {
  const ids = new Map<object, string>();
  const entries = plan.entries.map((e) => {
    const id = newId();
    ids.set(e, id);
    return [id, organisationId, e.accountId, e.occurredOn, recordedAt, null, e.foundation, e.amount, e.intent, e.note, e.source, null];
  });
  const reversals = plan.reversals.map(({ original: o, reason }) => [
    newId(), organisationId, o.accountId, o.occurredOn, recordedAt, null, o.foundation, -o.amount, o.intent, reason, o.source, 'id' in o ? o.id : ids.get(o)!,
  ]);
  return [...entries, ...reversals];
}

const maxRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (process.argv[1] === THIS_FILE) {
  const [flag, kind, directory] = process.argv.slice(2);
  if (flag === '--run') {
    console.log(JSON.stringify(await runOnce(kind as RunKind, directory!)));
  } else {
    const dir = flag ?? '/tmp/bench-csv';
    if (!existsSync(join(dir, 'entries.csv'))) await writeCsvFiles(generateOrganisation({ relations: 10_000, entries: 1_000_000 }), dir);
    record(await csvImportFigures(dir));
  }
}
