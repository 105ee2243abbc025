import type { Kysely } from 'kysely';

/**
 * The ledger's first schema. Written with types both dialects understand: `text` for ids, dates
 * and JSON; `integer` for small counts; `double precision` for the running sums (REAL on SQLite).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['organisation_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('parameter_versions')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('parameters', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('parameter_versions_pk', ['organisation_id', 'version'])
    .execute();

  await db.schema
    .createTable('stakeholders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('importance', 'integer', (c) => c.notNull())
    .addColumn('influence', 'integer', (c) => c.notNull())
    .addColumn('interest', 'integer', (c) => c.notNull())
    .addColumn('vulnerability', 'integer', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stakeholders_by_organisation')
    .on('stakeholders')
    .columns(['organisation_id', 'name', 'id'])
    .execute();

  await db.schema
    .createTable('relations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('stakeholder_id', 'text', (c) => c.notNull().references('stakeholders.id'))
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('cadence_days', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('relations_by_organisation')
    .on('relations')
    .columns(['organisation_id', 'stakeholder_id'])
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('relation_id', 'text', (c) => c.notNull().references('relations.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addUniqueConstraint('accounts_one_per_direction', ['relation_id', 'direction'])
    .execute();
  await db.schema.createIndex('accounts_by_organisation').on('accounts').columns(['organisation_id']).execute();

  await db.schema
    .createTable('entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('foundation', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('intent', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    // Unique: an entry can be reversed once; the database guards it even against a race.
    .addColumn('reverses_entry_id', 'text', (c) => c.unique().references('entries.id'))
    .execute();
  await db.schema
    .createIndex('entries_by_account')
    .on('entries')
    .columns(['organisation_id', 'account_id', 'occurred_on', 'id'])
    .execute();

  await db.schema
    .createTable('account_sums')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('parameter_version', 'integer', (c) => c.notNull())
    .addColumn('foundation', 'text', (c) => c.notNull())
    .addColumn('sign', 'text', (c) => c.notNull())
    .addColumn('scaled_sum', 'double precision', (c) => c.notNull())
    .addColumn('latest_occurred_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_sums_pk', ['account_id', 'parameter_version', 'foundation', 'sign'])
    .execute();
  await db.schema
    .createIndex('account_sums_by_organisation')
    .on('account_sums')
    .columns(['organisation_id', 'parameter_version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'account_sums',
    'entries',
    'accounts',
    'relations',
    'stakeholders',
    'parameter_versions',
    'memberships',
    'users',
    'organisations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
