import type { Kysely } from 'kysely';

/**
 * Decisions: dilemmas with their options and, once decided, the choice, its justification and
 * what it booked; the organisation's influence network; and weighed-trust assessments.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dilemmas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('value_conflict', 'text', (c) => c.notNull())
    .addColumn('impact', 'integer', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dilemmas_by_organisation').on('dilemmas').columns(['organisation_id', 'created_at']).execute();

  await db.schema
    .createTable('influence_edges')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('from_stakeholder_id', 'text', (c) => c.notNull().references('stakeholders.id'))
    .addColumn('to_stakeholder_id', 'text', (c) => c.notNull().references('stakeholders.id'))
    .addColumn('weight', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('influence_edges_pk', ['organisation_id', 'from_stakeholder_id', 'to_stakeholder_id'])
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('stakeholder_id', 'text', (c) => c.notNull().references('stakeholders.id'))
    .addColumn('leap', 'text', (c) => c.notNull())
    .addColumn('gut', 'integer', (c) => c.notNull())
    .addColumn('ratings', 'text', (c) => c.notNull())
    .addColumn('vulnerability', 'integer', (c) => c.notNull())
    .addColumn('horizon_on', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text')
    .addColumn('review', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessments_by_organisation').on('assessments').columns(['organisation_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['assessments', 'influence_edges', 'dilemmas']) await db.schema.dropTable(table).execute();
}
