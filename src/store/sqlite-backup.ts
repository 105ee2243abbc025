import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { MIGRATION_NAMES } from './migrate.ts';

/**
 * Online backup and restore of the SQLite database (docs/operations.md). The backup uses SQLite's
 * online backup API, copying every page in one step: that step reads in one transaction, so the
 * copy is the database as it was at one commit, while the server keeps writing (WAL readers do
 * not block writers). PostgreSQL has pg_dump and pg_restore for this.
 */

/** A backup or restore that cannot be done, with what to do instead; nothing was changed. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** What a Trust Ledger database file holds, as far as a backup or restore reports it. */
export interface DatabaseFileSummary {
  readonly file: string;
  readonly bytes: number;
  readonly organisations: number;
  readonly entries: number;
  /** The newest migration applied: the schema's version. */
  readonly schema: string;
}

/** Pages copied per step: all of them, so that the copy is one consistent read. */
const ALL_PAGES = 0x7fffffff;
const REQUIRED_TABLES = ['kysely_migration', 'organisations', 'entries', 'account_sums'] as const;

/**
 * Checks that `file` is an intact Trust Ledger database this version can open, and says what it
 * holds. Opened read-only: nothing is written to it.
 */
export function inspectDatabaseFile(file: string): DatabaseFileSummary {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`There is no file ${file}.`);
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`Cannot open ${file}: ${messageOf(error)}`);
  }
  try {
    let tables: Set<string>;
    try {
      tables = new Set((db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]));
    } catch (error) {
      throw new BackupError(`${file} is not an SQLite database, so it is not a Trust Ledger backup (${messageOf(error)}).`);
    }
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) {
      throw new BackupError(`${file} is an SQLite database, but not a Trust Ledger one: it has no ${missing.join(', ')} table${missing.length === 1 ? '' : 's'}.`);
    }
    const applied = db.prepare('select name from kysely_migration order by name').pluck().all() as string[];
    const unknown = applied.filter((name) => !MIGRATION_NAMES.includes(name));
    if (unknown.length > 0) {
      throw new BackupError(`${file} was made by a newer version of Trust Ledger (its schema has ${unknown.join(', ')}): restore it with that version or a later one.`);
    }
    const integrity = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (integrity.length !== 1 || integrity[0]!.quick_check !== 'ok') {
      throw new BackupError(`${file} is damaged: ${integrity.slice(0, 5).map((row) => row.quick_check).join('; ')}`);
    }
    const count = (table: string) => Number(db.prepare(`select count(*) from ${table}`).pluck().get());
    return { file, bytes: statSync(file).size, organisations: count('organisations'), entries: count('entries'), schema: applied.at(-1) ?? '(none)' };
  } finally {
    db.close();
  }
}

/**
 * Copies the live database `source` to the new file `target`, consistently, while others may
 * keep writing. The copy is written beside `target` first and renamed into place when complete
 * and checked, so an interrupted backup never leaves a partial file under the name asked for.
 * The copy uses a rollback journal (one self-contained file); the server sets WAL mode again
 * when it opens a restored database.
 */
export async function backupDatabase(source: string, target: string): Promise<DatabaseFileSummary> {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}: nothing to back up (set TRUST_LEDGER_DATA_DIR to the server's data directory).`);
  if (resolve(source) === resolve(target)) throw new BackupError('The backup must go to another file than the database itself.');
  if (existsSync(target)) throw new BackupError(`${target} exists already; a backup never overwrites a file. Choose another name or remove it first.`);
  if (!existsSync(dirname(resolve(target)))) throw new BackupError(`The directory ${dirname(resolve(target))} does not exist.`);
  inspectDatabaseFile(source);
  const partial = join(dirname(resolve(target)), `.${basename(target)}.partial-${process.pid}`);
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(partial, { progress: () => ALL_PAGES });
    const copy = new SQLite(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const summary = inspectDatabaseFile(partial);
    renameSync(partial, target);
    return { ...summary, file: target };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error instanceof BackupError ? error : new BackupError(`The backup failed, nothing was written to ${target}: ${messageOf(error)}`);
  } finally {
    db.close();
  }
}

/**
 * Whether another connection — a running server, another command — has `file` open. SQLite in
 * WAL mode keeps a lock on the shared-memory index while a connection is open, so exclusive
 * locking cannot be had then; it is let go at once.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('begin exclusive');
    db.exec('commit');
    return false;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY') return true;
    // A file that is not a database is opened by no server.
    if (code === 'SQLITE_NOTADB') return false;
    throw new BackupError(`Cannot tell whether ${file} is in use: ${messageOf(error)}`);
  } finally {
    db.close();
  }
}

/**
 * Puts the backup `source` in place of the database `target`. Refuses a file that is not an
 * intact Trust Ledger database, a target some process has open (stop the server first), and a
 * target that holds organisations unless `replace` is given. The backup is copied beside the
 * target, the target's write-ahead log and index are removed (a log left behind would be
 * replayed onto the restored file), and the copy is renamed into place.
 */
export async function restoreDatabase(source: string, target: string, options: { replace?: boolean } = {}): Promise<DatabaseFileSummary> {
  if (resolve(source) === resolve(target)) throw new BackupError(`${source} is the database itself; restore a backup of it.`);
  const summary = inspectDatabaseFile(source);
  if (existsSync(target)) {
    if (databaseInUse(target)) {
      throw new BackupError(`The database ${target} is in use: stop the server (and any other trust-ledger command on it) before restoring.`);
    }
    const current = safeInspect(target);
    if (options.replace !== true && current === null) {
      throw new BackupError(`${target} exists but cannot be read as a Trust Ledger database; restoring replaces it. If that is what you want, restore with --force.`);
    }
    if (options.replace !== true && current !== null && current.organisations > 0) {
      throw new BackupError(
        `${target} holds ${current.organisations} organisation(s) and ${current.entries} entries; restoring replaces them. Back it up first (trust-ledger backup <file>), then restore with --force.`,
      );
    }
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const partial = join(dirname(resolve(target)), `.${basename(target)}.restoring-${process.pid}`);
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`The restore failed, ${target} is unchanged: ${messageOf(error)}`);
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(partial, target);
  return { ...summary, file: target };
}

function safeInspect(file: string): DatabaseFileSummary | null {
  try {
    return inspectDatabaseFile(file);
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
