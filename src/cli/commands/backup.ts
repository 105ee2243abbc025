import { storeConfigFromEnv } from '../../store/connect.ts';
import { BackupError, backupDatabase, restoreDatabase, type DatabaseFileSummary } from '../../store/sqlite-backup.ts';
import { UsageError } from '../usage-error.ts';

/** `backup` and `restore` of the SQLite database; on PostgreSQL, the way to do it there. */

function sqliteFile(command: 'backup' | 'restore'): string {
  const config = storeConfigFromEnv();
  if (config.kind === 'sqlite') return config.file;
  const how =
    command === 'backup'
      ? 'back it up with pg_dump, e.g.  pg_dump --format=custom --file=trust-ledger.dump "$DATABASE_URL"'
      : 'restore a pg_dump backup with pg_restore into an empty database, e.g.  pg_restore --no-owner --dbname="$DATABASE_URL" trust-ledger.dump  (stop the server first)';
  throw new UsageError(`DATABASE_URL names a PostgreSQL database, which trust-ledger ${command} does not handle: ${how}. See docs/operations.md.`);
}

function describe(summary: DatabaseFileSummary): string {
  const size = summary.bytes >= 1024 * 1024 ? `${(summary.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(summary.bytes / 1024)} KiB`;
  return `${summary.organisations} organisation(s), ${summary.entries.toLocaleString('en')} entries, schema ${summary.schema}, ${size}`;
}

export async function backup(file: string): Promise<void> {
  const source = sqliteFile('backup');
  try {
    const summary = await backupDatabase(source, file);
    console.log(`Backed up ${source} to ${file}: ${describe(summary)}.`);
  } catch (error) {
    if (error instanceof BackupError) throw new UsageError(`Not backed up: ${error.message}`);
    throw error;
  }
}

export async function restore(file: string, options: { force?: boolean }): Promise<void> {
  const target = sqliteFile('restore');
  try {
    const summary = await restoreDatabase(file, target, { replace: options.force === true });
    console.log(`Restored ${file} to ${target}: ${describe(summary)}.`);
    console.log('Start the server as usual; an older schema is brought up to date when it starts.');
  } catch (error) {
    if (error instanceof BackupError) throw new UsageError(`Not restored: ${error.message}`);
    throw error;
  }
}
