import type { Kysely } from 'kysely';

/**
 * What the model's reading of the ledger needs beyond entries: phase overrides a user sets, and
 * acknowledgements of signals. Both are append-only: the newest row counts, the history stays.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('phase_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    // null lifts the override: the inferred phase applies again.
    .addColumn('phase', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('phase_overrides_by_account')
    .on('phase_overrides')
    .columns(['organisation_id', 'account_id', 'id'])
    .execute();

  await db.schema
    .createTable('signal_acknowledgements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('signal_key', 'text', (c) => c.notNull())
    .addColumn('measure', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('signal_acknowledgements_by_key')
    .on('signal_acknowledgements')
    .columns(['organisation_id', 'signal_key', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('signal_acknowledgements').execute();
  await db.schema.dropTable('phase_overrides').execute();
}
