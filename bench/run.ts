import { existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { actingAs, createContext } from '../src/app/context.ts';
import { importCsv } from '../src/app/csv-import.ts';
import { createOrganisation } from '../src/app/organisations.ts';
import { openStore, type Store } from '../src/store/connect.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { DEFAULT_PARAMETERS } from '../src/domain/parameters.ts';
import { dilemmaSimulationFigures } from './dilemma-simulation.bench.ts';
import { dilemmaUseCaseFigures } from './dilemma-use-case.bench.ts';
import { engineFigures } from './engine.bench.ts';
import { generateOrganisation, writeCsvFiles, writeJournal } from './generate.ts';
import { apiFigures } from './api.bench.ts';
import { csvImportFigures } from './csv-import.bench.ts';
import { machine, record, type Comparison, type Figure } from './harness.ts';
import { overviewFigures } from './overview.bench.ts';
import { peerFigures } from './peers.bench.ts';
import { recomputeFigures } from './recompute.bench.ts';
import { recordFigures } from './record.bench.ts';

/**
 * `npm run bench [-- --only engine,recompute --entries 100000]`: the benchmarks of issue #10 on a
 * generated organisation (10,000 relations, 1,000,000 entries unless told otherwise), each figure
 * beside its reference where it has one. Results go to bench/results/latest.json.
 */
const PARTS = ['dilemma', 'engine', 'import', 'recompute', 'record', 'api', 'postgres', 'peers'] as const;
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    entries: { type: 'string', default: '1000000' },
    relations: { type: 'string', default: '10000' },
    'no-hledger': { type: 'boolean', default: false },
  },
});
const parts = new Set(values.only?.split(',') ?? PARTS);
for (const part of parts) if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only: unknown part "${part}", expected ${PARTS.join(', ')}`);

console.log('machine:', machine());
const figures: Figure[] = [];
const comparisons: Comparison[] = [];
const keep = (result: { figures: Figure[]; comparisons?: Comparison[] }) => {
  figures.push(...result.figures);
  comparisons.push(...(result.comparisons ?? []));
};

if (parts.has('dilemma')) figures.push(...(await dilemmaSimulationFigures()), ...(await dilemmaUseCaseFigures()));

const org = generateOrganisation({ relations: Number(values.relations), entries: Number(values.entries) });
const label = `${org.relations.toLocaleString('en')} relations, ${org.columns.count.toLocaleString('en')} entries`;
const work = join(tmpdir(), 'trust-ledger-bench');
const csvDirectory = join(work, `csv-${org.relations}-${org.columns.count}`);
if (!existsSync(join(csvDirectory, 'entries.csv'))) await writeCsvFiles(org, csvDirectory);

if (parts.has('engine')) keep(await engineFigures(org));
// On PostgreSQL too when TEST_DATABASE_URL is set, reported beside SQLite's.
if (parts.has('import')) figures.push(...(await csvImportFigures(csvDirectory)));

/** The generated organisation imported from its CSV files into a fresh store. */
async function loaded(store: Store): Promise<string> {
  await migrateToLatest(store.db);
  const ctx = actingAs(createContext(store), { userId: null, tokenId: null });
  const organisation = await createOrganisation(ctx, { name: 'Benchmark' });
  const read = (name: string) => readFile(join(csvDirectory, `${name}.csv`));
  console.log(`importing ${label} into ${store.location}…`);
  await importCsv(ctx, organisation.id, { stakeholders: await read('stakeholders'), relations: await read('relations'), entries: await read('entries') });
  return organisation.id;
}

if (parts.has('recompute') || parts.has('record') || parts.has('api') || parts.has('postgres')) {
  const file = join(work, `bench-${org.relations}-${org.columns.count}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const store = openStore({ kind: 'sqlite', file });
  const organisationId = await loaded(store);
  const sqliteLabel = `SQLite, ${label}`;
  if (parts.has('postgres')) figures.push(...(await overviewFigures(store, organisationId, org.lastDay, sqliteLabel)));
  if (parts.has('recompute') || parts.has('postgres')) keep(await recomputeFigures(store, organisationId, org.lastDay, sqliteLabel));
  if (parts.has('api')) {
    await store.db.destroy();
    figures.push(...(await apiFigures(file, organisationId)));
  }
  if (parts.has('record')) {
    const again = openStore({ kind: 'sqlite', file });
    figures.push(...(await recordFigures(again, organisationId, sqliteLabel)));
    await again.db.destroy();
  } else if (!parts.has('api')) {
    await store.db.destroy();
  }
}

if (parts.has('postgres')) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url === undefined) {
    console.log('postgres: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to measure PostgreSQL beside SQLite; left out');
  } else {
    const schema = `bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const store = openStore({ kind: 'postgres', url, searchPath: schema });
    try {
      const pgLabel = `PostgreSQL, ${label}`;
      const organisationId = await loaded(store);
      keep(await recomputeFigures(store, organisationId, org.lastDay, pgLabel));
      figures.push(...(await overviewFigures(store, organisationId, org.lastDay, pgLabel)));
    } finally {
      await store.db.destroy();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }
}

if (parts.has('peers')) {
  const journal = join(work, `journal-${org.relations}-${org.columns.count}.ledger`);
  if (!existsSync(journal)) await writeJournal(org, journal, DEFAULT_PARAMETERS);
  keep(peerFigures(csvDirectory, journal, org.lastDay, { hledger: !values['no-hledger'] }));
}

record(figures, comparisons);
