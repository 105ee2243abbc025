import type { Kysely } from 'kysely';

/**
 * Password reset links, issued by whoever runs the server (`trust-ledger user reset-password`).
 * Like users and sessions they belong to an account, not to an organisation: an account may be a
 * member of several. Only the SHA-256 of the link's token is kept. A link is spent when used and
 * voided when a newer one is issued for the same user; both are kept as dates, not deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('voided_at', 'text')
    .execute();
  await db.schema.createIndex('password_resets_by_user').on('password_resets').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('password_resets').execute();
}
