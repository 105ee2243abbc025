import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface AuditRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly actorUserId: string | null;
  readonly actorTokenId: string | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly details: Readonly<Record<string, unknown>>;
  readonly at: string;
}

/** Appends to the audit log; there is no update or delete. */
export async function appendAudit(db: Kysely<Database>, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: record.id,
      organisation_id: record.organisationId,
      actor_user_id: record.actorUserId,
      actor_token_id: record.actorTokenId,
      action: record.action,
      object_type: record.objectType,
      object_id: record.objectId,
      details: JSON.stringify(record.details),
      at: record.at,
    })
    .execute();
}

/** A page of the audit log, newest first, after the record with id `before` when given. */
export async function pageOfAudit(
  db: Kysely<Database>,
  organisationId: string,
  limit: number,
  before: string | null,
): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_log').selectAll().where('organisation_id', '=', organisationId);
  if (before !== null) query = query.where('id', '<', before);
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    actorUserId: r.actor_user_id,
    actorTokenId: r.actor_token_id,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
    at: r.at,
  }));
}
