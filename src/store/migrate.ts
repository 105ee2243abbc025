import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as ledger from './migrations/0001-ledger.ts';
import * as insight from './migrations/0002-insight.ts';
import * as access from './migrations/0003-access.ts';
import * as timeZone from './migrations/0004-time-zone.ts';
import * as archive from './migrations/0005-archive.ts';
import * as scans from './migrations/0006-scans.ts';
import * as decisions from './migrations/0007-decisions.ts';
import * as breaches from './migrations/0008-breaches.ts';
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
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; safe to call on every start. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
