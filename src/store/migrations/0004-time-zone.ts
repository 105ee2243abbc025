import type { Kysely } from 'kysely';

/**
 * An organisation's time zone decides what "today" is for it: the latest date an entry may carry
 * and the default date of every reading. Existing organisations get the zone of the essay's
 * readers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Europe/Brussels'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organisations').dropColumn('time_zone').execute();
}
