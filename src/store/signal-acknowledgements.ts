import type { Kysely } from 'kysely';
import type { Acknowledgement } from '../domain/inbox.ts';
import type { Database } from './schema.ts';

export async function insertAcknowledgement(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  acknowledgement: Acknowledgement,
): Promise<void> {
  await db
    .insertInto('signal_acknowledgements')
    .values({
      id,
      organisation_id: organisationId,
      signal_key: acknowledgement.key,
      measure: acknowledgement.measure,
      note: acknowledgement.note,
      created_at: acknowledgement.acknowledgedAt,
    })
    .execute();
}

/** Every acknowledgement of an organisation, oldest first. */
export async function listAcknowledgements(db: Kysely<Database>, organisationId: string): Promise<Acknowledgement[]> {
  const rows = await db
    .selectFrom('signal_acknowledgements')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    key: row.signal_key,
    measure: Number(row.measure),
    note: row.note,
    acknowledgedAt: row.created_at,
  }));
}
