import type { Kysely } from 'kysely';

/**
 * One relation's page reads its accounts by organisation and relation, and their running sums by
 * organisation, parameter version and account; a dilemma does the same for its stakeholders. With
 * those columns in the organisation indexes each read is a seek. Without them SQLite (which keeps
 * no statistics unless told to) preferred the shorter organisation index over the unique and
 * primary keys that start with the relation or account id, and read every account, or every sum,
 * of the organisation. Whole-organisation reads still use the indexes' leading columns.
 *
 * The sums index also carries every column a reading selects, so that reading all of an
 * organisation's sums (the overview: 20,000 accounts, some 300,000 sums) walks the index alone:
 * a tenth of the time of a table seek per row, for one more index entry to move per upsert.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('accounts_by_organisation').execute();
  await db.schema.createIndex('accounts_by_organisation').on('accounts').columns(['organisation_id', 'relation_id']).execute();
  await db.schema.dropIndex('account_sums_by_organisation').execute();
  await db.schema
    .createIndex('account_sums_by_organisation')
    .on('account_sums')
    .columns(['organisation_id', 'parameter_version', 'account_id', 'foundation', 'sign', 'scaled_sum', 'latest_occurred_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('account_sums_by_organisation').execute();
  await db.schema.createIndex('account_sums_by_organisation').on('account_sums').columns(['organisation_id', 'parameter_version']).execute();
  await db.schema.dropIndex('accounts_by_organisation').execute();
  await db.schema.createIndex('accounts_by_organisation').on('accounts').columns(['organisation_id']).execute();
}
