import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { recomputeAccounts } from '../../src/app/recompute.ts';
import { recordEntries, type RecordEntryInput } from '../../src/app/record-entries.ts';
import { verifySums } from '../../src/app/verify-sums.ts';
import { FOUNDATIONS } from '../../src/domain/vocabulary.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { listAccounts } from '../../src/store/relations.ts';

/**
 * Backup while the ledger is being written to, and restore of that backup (issue #11): the
 * backup is one commit's state of the database, whole and consistent; the restore gives it back.
 */
const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'trust-ledger-backup-'));
const liveDir = join(root, 'live');
const restoredDir = join(root, 'restored');
const backupFile = join(root, 'backup.sqlite');
const TODAY = '2026-06-30';
const PRELOADED = 30_000;

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, TRUST_LEDGER_DATA_DIR: dataDir, DATABASE_URL: '', TRUST_LEDGER_ORGANISATION: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/trust-ledger.js', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function entryCount(store: Store): Promise<number> {
  const row = await store.db.selectFrom('entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

function entriesFor(accounts: readonly string[], count: number, seed: number): RecordEntryInput[] {
  return Array.from({ length: count }, (_, i) => {
    const k = seed + i;
    const amount = [1, 2, 3, -1, -2, 4, 5, -3][k % 8]!;
    const day = 1 + (k % 28);
    return {
      accountId: accounts[k % accounts.length]!,
      occurredOn: `2026-0${1 + (k % 6)}-${String(day).padStart(2, '0')}`,
      foundation: FOUNDATIONS[k % FOUNDATIONS.length]!,
      amount,
      intent: amount < 0 ? 'unintentional' : null,
      note: `entry ${k}`,
    };
  });
}

async function figures(ctx: AppContext, organisationId: string) {
  const recomputed = await recomputeAccounts(ctx, organisationId, { asOf: TODAY });
  return recomputed.accounts.map((account, a) => ({ id: account.id, r: recomputed.figures.r[a]!, s: recomputed.figures.s[a]!, t: recomputed.figures.trustLevel[a]! }));
}

describe('backup while writing, and restore', () => {
  it('backs up one consistent state while a writer keeps recording, and restores it as it was', async () => {
    const live = openStore({ kind: 'sqlite', file: join(liveDir, 'trust-ledger.sqlite') });
    try {
      await migrateToLatest(live.db);
      const ctx = createContext(live, () => new Date(`${TODAY}T12:00:00Z`));
      const organisation = await loadDemo(ctx, { today: TODAY });
      const accounts = (await listAccounts(live.db, organisation.id)).map((a) => a.id);
      for (let done = 0; done < PRELOADED; done += 1000) await recordEntries(ctx, organisation.id, entriesFor(accounts, 1000, done));

      // The writer records small batches through the use case until the backup is done.
      let writing = true;
      let batches = 0;
      let seed = PRELOADED;
      const writer = (async () => {
        while (writing) {
          await recordEntries(ctx, organisation.id, entriesFor(accounts, 5, seed));
          seed += 5;
          batches += 1;
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      // Let the writer get going first, so that writes surround the backup.
      while (batches < 20) await new Promise((resolve) => setTimeout(resolve, 5));
      const before = await entryCount(live);
      const started = performance.now();
      const backup = await cli(liveDir, 'backup', backupFile);
      const backupMs = performance.now() - started;
      const after = await entryCount(live);
      writing = false;
      await writer;
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/Backed up .* 1 organisation\(s\), [\d,]+ entries/);
      expect(after).toBeGreaterThan(before);

      // The backup opens, its schema is current (migrating changes nothing), and its sums hold.
      const copy = openStore({ kind: 'sqlite', file: backupFile });
      let backupFigures: Awaited<ReturnType<typeof figures>>;
      let backupEntries: number;
      try {
        const migrations = () => copy.sqlite!.prepare('select name from kysely_migration order by name').pluck().all();
        const applied = await migrations();
        await migrateToLatest(copy.db);
        expect(await migrations()).toEqual(applied);
        const copyCtx = createContext(copy, () => new Date(`${TODAY}T12:00:00Z`));
        const check = await verifySums(copyCtx, organisation.id);
        expect(check.differences).toEqual([]);
        backupEntries = check.entries;
        expect(backupEntries).toBeGreaterThanOrEqual(before);
        expect(backupEntries).toBeLessThanOrEqual(after);
        backupFigures = await figures(copyCtx, organisation.id);
      } finally {
        await copy.db.destroy();
      }

      // The live database is open here, so restoring onto it is refused.
      const refused = await cli(liveDir, 'restore', backupFile, '--force');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/is in use: stop the server/);

      const restore = await cli(restoredDir, 'restore', backupFile);
      expect(restore.code, restore.stderr).toBe(0);
      const restored = openStore({ kind: 'sqlite', file: join(restoredDir, 'trust-ledger.sqlite') });
      try {
        await migrateToLatest(restored.db);
        const restoredCtx = createContext(restored, () => new Date(`${TODAY}T12:00:00Z`));
        expect(await entryCount(restored)).toBe(backupEntries);
        expect(await figures(restoredCtx, organisation.id)).toEqual(backupFigures);
        expect((await verifySums(restoredCtx, organisation.id)).differences).toEqual([]);
      } finally {
        await restored.db.destroy();
      }
      const checked = await cli(restoredDir, 'check');
      expect(checked.code, checked.stderr).toBe(0);

      console.log(
        `[backup] ${backupMs.toFixed(0)} ms for ${backupEntries.toLocaleString('en')} entries while a writer recorded ${(after - before).toLocaleString('en')} more ` +
          `(${before.toLocaleString('en')} before, ${after.toLocaleString('en')} after, ${batches} batches in all); ` +
          `restored: ${backupFigures.length} accounts with the same r, s and trust level as the backup`,
      );
    } finally {
      await live.db.destroy();
    }
  });

  it('refuses to restore what is not a Trust Ledger database, and says why', async () => {
    const text = join(root, 'notes.txt');
    writeFileSync(text, 'not a database at all\n'.repeat(100));
    const other = join(root, 'other.sqlite');
    const db = new SQLite(other);
    db.exec('create table things (id integer primary key)');
    db.close();
    const target = join(root, 'fresh');
    const notSqlite = await cli(target, 'restore', text);
    expect(notSqlite.code).not.toBe(0);
    expect(notSqlite.stderr).toMatch(/Not restored: .*not an SQLite database|Not restored: Cannot open/);
    const notOurs = await cli(target, 'restore', other);
    expect(notOurs.code).not.toBe(0);
    expect(notOurs.stderr).toMatch(/Not restored: .* not a Trust Ledger one: it has no kysely_migration, organisations, entries, account_sums tables/);
    const missing = await cli(target, 'restore', join(root, 'nowhere.sqlite'));
    expect(missing.stderr).toMatch(/There is no file/);
  });
});
