import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation, writeCsvFiles } from '../../bench/generate.ts';
import { createContext } from '../../src/app/context.ts';
import { mulberry32 } from '../../src/app/demo/seeded-random.ts';
import { createOrganisation } from '../../src/app/organisations.ts';
import { verifySums } from '../../src/app/verify-sums.ts';
import type { Store } from '../../src/store/connect.ts';
import { DIALECTS } from '../support/stores.ts';
import { backends, ledgerTotals, named, openTarget, seedOrganisation, sleep, spawnCli, startServer, waitUntil, type Seeded, type Target } from './support/server.ts';
import { verifyWrites, WriteLoad } from './support/writers.ts';

/**
 * Crashes (issue #11): the server is killed with SIGKILL — no chance to finish anything — while
 * clients write, and while a large CSV import runs, then started again as it is, with no repair.
 * Every acknowledged write must be there, the import must be there whole or not at all, and the
 * running sums must equal a full recompute.
 *
 * RELIABILITY_CRASHES (default 3) kills under a write load; RELIABILITY_IMPORT_ENTRIES (default
 * 200,000) sizes the CSV import, killed twice after one import that is let finish.
 */
const CRASHES = Number(process.env.RELIABILITY_CRASHES ?? 3);
const IMPORT_ENTRIES = Number(process.env.RELIABILITY_IMPORT_ENTRIES ?? 200_000);
const IMPORT_RELATIONS = Math.max(10, Math.round(IMPORT_ENTRIES / 100));
const IMPORT_CRASHES = 2;
const WRITERS = 20;
const READERS = 5;

let csvDirectory: string;
beforeAll(async () => {
  csvDirectory = mkdtempSync(join(tmpdir(), 'trust-ledger-crash-csv-'));
  await writeCsvFiles(generateOrganisation({ relations: IMPORT_RELATIONS, entries: IMPORT_ENTRIES, lastDay: '2026-06-30' }), csvDirectory);
});
afterAll(() => rmSync(csvDirectory, { recursive: true, force: true }));

async function organisationRows(store: Store, organisationId: string): Promise<{ entries: number; stakeholders: number; relations: number; sums: number }> {
  const count = async (table: 'entries' | 'stakeholders' | 'relations' | 'account_sums') =>
    Number(
      (await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow()).n,
    );
  return { entries: await count('entries'), stakeholders: await count('stakeholders'), relations: await count('relations'), sums: await count('account_sums') };
}

/** Every organisation's running sums against a full recompute: the organisations that differ. */
async function sumsDiffering(store: Store): Promise<string[]> {
  const ctx = createContext(store);
  const organisations = await store.db.selectFrom('organisations').select('id').execute();
  const differing: string[] = [];
  for (const { id } of organisations) {
    const check = await verifySums(ctx, id);
    if (check.differences.length > 0) differing.push(`${id}: ${JSON.stringify(check.differences.slice(0, 3))}`);
  }
  return differing;
}

/**
 * Resolves once the importer is inside its one write transaction: on SQLite, once the write lock
 * has been held for a stretch no single server write holds it; on PostgreSQL, once its
 * connection's transaction is older than half a second.
 */
async function importUnderWay(target: Target, importer: ChildProcess, applicationName: string): Promise<void> {
  const stillRunning = () => importer.exitCode === null;
  if (target.dialect === 'postgres') {
    await waitUntil(
      async () => !stillRunning() || (await backends(applicationName)).some((b) => (b.transactionSeconds ?? 0) > 0.5),
      120_000,
      () => 'the import never began its transaction',
    );
    return;
  }
  const probe = new SQLite(target.file!, { timeout: 0 });
  try {
    let busy = 0;
    await waitUntil(
      () => {
        if (!stillRunning()) return true;
        try {
          probe.exec('begin immediate');
          probe.exec('rollback');
          busy = 0;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
          busy += 1;
        }
        // Ten refusals in a row, 50 ms apart: half a second under one lock.
        return busy >= 10;
      },
      120_000,
      () => 'the import never took the write lock',
    );
  } finally {
    probe.close();
  }
}

/** On PostgreSQL, waits until no backend of a killed process is left: what it had under way is then committed or rolled back. */
async function settled(target: Target, applicationName: string): Promise<void> {
  if (target.dialect !== 'postgres') return;
  await waitUntil(async () => (await backends(applicationName)).length === 0, 60_000, () => `backends of ${applicationName} did not go away`);
}

describe.each(DIALECTS)('crashes on %s', (dialect) => {
  let target: Target;
  let seeded: Seeded;
  const serverName = `tl-crash-server-${process.pid}`;
  beforeAll(async () => {
    target = await openTarget(dialect, 'crash');
    seeded = await target.withStore((store) => seedOrganisation(createContext(store), 'Brouwerij Na De Crash', 8));
  });
  afterAll(() => target?.close());

  it(`keeps every acknowledged write through ${CRASHES} SIGKILLs under ${WRITERS} writers, and starts again without repair`, async () => {
    const random = mulberry32(11);
    const loads: WriteLoad[] = [];
    const lines: string[] = [];
    for (let round = 1; round <= CRASHES; round += 1) {
      const server = await startServer(named(target, serverName));
      const load = new WriteLoad(server.url, seeded.organisationId, seeded.token, seeded.accounts, `crash-${dialect}-r${round}`, round).start(WRITERS, READERS);
      const runMs = 1000 + Math.floor(random() * 2000);
      await sleep(runMs);
      await server.kill();
      await load.stop();
      await settled(target, serverName);
      loads.push(load);
      lines.push(`  crash ${round}: server up in ${server.startMs.toFixed(0)} ms, killed after ${runMs} ms of load: ${load.summary()}`);
      expect(load.serverErrors, load.serverErrors.join('\n')).toEqual([]);
      expect(load.acknowledged.size).toBeGreaterThan(0);
    }
    const restarted = await startServer(named(target, serverName));
    try {
      const written = await target.withStore((store) => verifyWrites(store, seeded.organisationId, loads));
      const totals = await target.withStore((store) => ledgerTotals(store, seeded.organisationId));
      const differing = await target.withStore(sumsDiffering);
      console.log(
        [
          `[crash ${dialect}] ${CRASHES} SIGKILLs under load survived; the server started again each time without repair (last start ${restarted.startMs.toFixed(0)} ms):`,
          ...lines,
          `  ledger: ${written.stored.toLocaleString('en')} entries of these clients = ${written.acknowledged.toLocaleString('en')} acknowledged + ${written.uncertainStored} of ${written.uncertain} whose answer was lost in the crash; ` +
            `organisation total ${totals.count.toLocaleString('en')} entries; check: ${differing.length === 0 ? 'clean' : `${differing.length} organisation(s) differ`}`,
        ].join('\n'),
      );
      expect(written.problems).toEqual([]);
      expect(written.stored).toBe(written.acknowledged + written.uncertainStored);
      expect(differing).toEqual([]);
      // And it works: a write after the last crash is acknowledged and stored.
      const after = new WriteLoad(restarted.url, seeded.organisationId, seeded.token, seeded.accounts, `crash-${dialect}-after`, 99).start(2);
      await sleep(300);
      await after.stop();
      expect(after.acknowledged.size).toBeGreaterThan(0);
      expect((await target.withStore((store) => verifyWrites(store, seeded.organisationId, [after]))).problems).toEqual([]);
    } finally {
      await restarted.stop();
    }
  });

  it(`keeps a ${IMPORT_ENTRIES.toLocaleString('en')}-entry CSV import all or nothing when the importer and the server are killed mid-import`, async () => {
    const random = mulberry32(23);
    const organisations = await target.withStore(async (store) => {
      const ctx = createContext(store);
      const ids: string[] = [];
      for (let i = 0; i <= IMPORT_CRASHES; i += 1) ids.push((await createOrganisation(ctx, { name: `Import ${i}` })).id);
      return ids;
    });
    const loads: WriteLoad[] = [];
    const lines: string[] = [];
    const outcomes: ('all' | 'none')[] = [];
    for (let round = 0; round <= IMPORT_CRASHES; round += 1) {
      const server = await startServer(named(target, serverName));
      const load = new WriteLoad(server.url, seeded.organisationId, seeded.token, seeded.accounts, `import-${dialect}-r${round}`, 100 + round).start(8, 2);
      const importerName = `tl-crash-import-${process.pid}-${round}`;
      const started = performance.now();
      const importer = spawnCli(named(target, importerName), ['import', csvDirectory, '--organisation', organisations[round]!]);
      let importerOutput = '';
      importer.stdout!.on('data', (chunk: Buffer) => (importerOutput += chunk.toString()));
      importer.stderr!.on('data', (chunk: Buffer) => (importerOutput += chunk.toString()));
      const importerExit = new Promise<number | null>((resolve) => importer.once('exit', (code) => resolve(code)));
      let note: string;
      if (round === 0) {
        // The first import is let finish: the "all" of all or nothing, and how long it takes.
        const code = await importerExit;
        expect(code, importerOutput).toBe(0);
        note = `finished in ${((performance.now() - started) / 1000).toFixed(1)} s (${importerOutput.trim()})`;
        await server.kill();
      } else {
        await importUnderWay(target, importer, importerName);
        const inTransactionMs = performance.now() - started;
        await sleep(Math.floor(random() * 400));
        const exitedBefore = importer.exitCode !== null;
        importer.kill('SIGKILL');
        await Promise.all([server.kill(), importerExit]);
        note = `killed with the server ${(performance.now() - started).toFixed(0)} ms after it started (its transaction under way at ${inTransactionMs.toFixed(0)} ms)${exitedBefore ? ', but it had already finished' : ''}`;
      }
      await load.stop();
      await Promise.all([settled(target, serverName), settled(target, importerName)]);
      loads.push(load);

      const restarted = await startServer(named(target, serverName));
      try {
        const rows = await target.withStore((store) => organisationRows(store, organisations[round]!));
        const outcome = rows.entries === 0 ? 'none' : 'all';
        outcomes.push(outcome);
        lines.push(`  import ${round}: ${note}; after the restart (server up in ${restarted.startMs.toFixed(0)} ms): ${outcome === 'all' ? 'all' : 'none'} of it — ${JSON.stringify(rows)}; writers: ${load.summary()}`);
        // All or nothing: every row of the import, or not one.
        if (outcome === 'all') {
          expect(rows.entries).toBe(IMPORT_ENTRIES);
          expect(rows.stakeholders).toBe(IMPORT_RELATIONS);
          expect(rows.relations).toBe(IMPORT_RELATIONS);
        } else {
          expect(rows).toEqual({ entries: 0, stakeholders: 0, relations: 0, sums: 0 });
        }
        expect(load.serverErrors, load.serverErrors.join('\n')).toEqual([]);
        expect((await target.withStore((store) => verifyWrites(store, seeded.organisationId, loads))).problems).toEqual([]);
        expect(await target.withStore(sumsDiffering)).toEqual([]);
      } finally {
        await restarted.stop();
      }
    }
    console.log(
      [
        `[crash ${dialect}] CSV import of ${IMPORT_ENTRIES.toLocaleString('en')} entries (${IMPORT_RELATIONS.toLocaleString('en')} stakeholders) beside ${8} writers: ` +
          `${IMPORT_CRASHES} SIGKILLs of importer and server survived, each import all or nothing, check clean:`,
        ...lines,
      ].join('\n'),
    );
    expect(outcomes[0]).toBe('all');
    // The kills came with the import's transaction open: at least one must have left nothing.
    expect(outcomes.slice(1)).toContain('none');
  });
});
