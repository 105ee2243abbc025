import type { Kysely } from 'kysely';

/**
 * Trust scans. What a respondent leaves is stored apart from the link they used and carries no
 * time at all: `scan_invitations` knows only whether a link was used, `scan_responses` only the
 * answers and the segment the link was made for. Response ids are random (UUIDv4), not
 * time-ordered, so not even an id tells when someone answered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('lineage_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('statements', 'text', (c) => c.notNull())
    .addColumn('open_question', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('instruments_by_lineage')
    .on('instruments')
    .columns(['organisation_id', 'lineage_id', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('instrument', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_value', 'text', (c) => c.notNull())
    .addColumn('members', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('min_responses', 'integer', (c) => c.notNull())
    .addColumn('invitations_issued', 'integer', (c) => c.notNull())
    .addColumn('booked_entries', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('scans_by_organisation').on('scans').columns(['organisation_id', 'created_at']).execute();

  await db.schema
    .createTable('scan_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('segment', 'text')
    .addColumn('used', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('scan_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id'))
    .addColumn('segment', 'text')
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('scan_responses_by_scan').on('scan_responses').columns(['organisation_id', 'scan_id']).execute();

  await db.schema
    .createTable('scan_disclosures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id'))
    .addColumn('segments', 'text', (c) => c.notNull())
    .addColumn('responses', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('scan_disclosures_by_scan')
    .on('scan_disclosures')
    .columns(['organisation_id', 'scan_id', 'segments'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['scan_disclosures', 'scan_responses', 'scan_invitations', 'scans', 'instruments']) {
    await db.schema.dropTable(table).execute();
  }
}
