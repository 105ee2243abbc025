import type { Kysely } from 'kysely';

/**
 * The control measures register: what an organisation spends per relation on checks, approvals,
 * audits, clauses, monitoring and legal work because it does not (yet) trust enough. A change
 * keeps the earlier versions in `history`, so the statement of an earlier date reads what was
 * registered then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('control_measures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('relation_id', 'text', (c) => c.notNull().references('relations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('yearly_euros', 'integer')
    .addColumn('yearly_hours', 'integer')
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('history', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('control_measures_by_relation').on('control_measures').columns(['organisation_id', 'relation_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('control_measures').execute();
}
