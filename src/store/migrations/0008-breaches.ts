import type { Kysely } from 'kysely';

/**
 * Breaches of trust and their repair. The breach keeps its plan, actions, chosen response and
 * status history as JSON beside it; `breach_entries` links it to the ledger — the withdrawals it
 * concerns and the deposits made as repair — without touching the append-only entries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('breaches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('relation_id', 'text', (c) => c.notNull().references('relations.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('intent', 'text', (c) => c.notNull())
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('follow_up_on', 'text')
    .addColumn('apology', 'text')
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('history', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('breaches_by_organisation').on('breaches').columns(['organisation_id', 'occurred_on']).execute();
  await db.schema.createIndex('breaches_by_relation').on('breaches').columns(['organisation_id', 'relation_id']).execute();

  await db.schema
    .createTable('breach_entries')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull().references('entries.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('breach_entries_pk', ['breach_id', 'entry_id'])
    .execute();
  await db.schema.createIndex('breach_entries_by_entry').on('breach_entries').columns(['organisation_id', 'entry_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['breach_entries', 'breaches']) await db.schema.dropTable(table).execute();
}
