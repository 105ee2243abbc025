import type { Kysely } from 'kysely';

/**
 * A stakeholder the organisation no longer follows is archived, never deleted: its relation and
 * ledger stay, it leaves the overview, the map and the signals, and it can be restored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stakeholders').addColumn('archived_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stakeholders').dropColumn('archived_at').execute();
}
