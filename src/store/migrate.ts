import { Migrator, PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as ledger from './migrations/0001-ledger.ts';
import * as insight from './migrations/0002-insight.ts';
import * as access from './migrations/0003-access.ts';
import * as timeZone from './migrations/0004-time-zone.ts';
import * as archive from './migrations/0005-archive.ts';
import * as scans from './migrations/0006-scans.ts';
import * as decisions from './migrations/0007-decisions.ts';
import * as breaches from './migrations/0008-breaches.ts';
import * as controlMeasures from './migrations/0009-control-measures.ts';
import * as scopedReads from './migrations/0010-scoped-reads.ts';
import * as passwordResets from './migrations/0011-password-resets.ts';
import type { Database } from './schema.ts';

/** Migrations are imported, not read from disk, so they travel with the code in every runtime. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-ledger': ledger,
  '0002-insight': insight,
  '0003-access': access,
  '0004-time-zone': timeZone,
  '0005-archive': archive,
  '0006-scans': scans,
  '0007-decisions': decisions,
  '0008-breaches': breaches,
  '0009-control-measures': controlMeasures,
  '0010-scoped-reads': scopedReads,
  '0011-password-resets': passwordResets,
};

/** The migrations this version knows, oldest first: a database with others was made by a newer version. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * On PostgreSQL the migrator is told the schema it works in. Left to itself, Kysely looks for its
 * migration tables in every schema of the database, finds another schema's (a second application,
 * or a parallel test), skips creating its own and then fails to read it.
 */
async function migrationTableSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/** The migrator of `db`, over the migrations above (exported for the migration tests). */
export async function migratorFor(db: Kysely<Database>): Promise<Migrator> {
  const schema = await migrationTableSchema(db);
  return new Migrator({ db, provider, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
}

/** Brings the schema up to date; safe to call on every start. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await (await migratorFor(db)).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
