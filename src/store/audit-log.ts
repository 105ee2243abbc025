import type { Kysely } from 'kysely';
import { insertRows, type BulkColumns } from './bulk-insert.ts';
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

const AUDIT_COLUMNS: BulkColumns<'audit_log', AuditRecord> = [
  ['id', 'text', (r) => r.id],
  ['organisation_id', 'text', (r) => r.organisationId],
  ['actor_user_id', 'text', (r) => r.actorUserId],
  ['actor_token_id', 'text', (r) => r.actorTokenId],
  ['action', 'text', (r) => r.action],
  ['object_type', 'text', (r) => r.objectType],
  ['object_id', 'text', (r) => r.objectId],
  ['details', 'text', (r) => JSON.stringify(r.details)],
  ['at', 'text', (r) => r.at],
];

/** Appends to the audit log; there is no update or delete. */
export async function appendAudit(db: Kysely<Database>, records: readonly AuditRecord[]): Promise<void> {
  await insertRows(db, 'audit_log', AUDIT_COLUMNS, records);
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
