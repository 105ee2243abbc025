import type { Kysely } from 'kysely';
import { appendAudit, pageOfAudit, type AuditRecord } from '../store/audit-log.ts';
import type { Database } from '../store/schema.ts';
import type { AppContext } from './context.ts';
import { checkPageSize } from './cursor.ts';

export interface AuditEvent {
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Records who did what, in the transaction of the act itself (`db`), so the log never misses an
 * act that happened nor holds one that did not.
 */
export async function audit(ctx: AppContext, db: Kysely<Database>, organisationId: string, event: AuditEvent): Promise<void> {
  await auditAll(ctx, db, organisationId, [event]);
}

/** Records many acts at once, each as its own record, as `audit` would one by one. */
export async function auditAll(ctx: AppContext, db: Kysely<Database>, organisationId: string, events: readonly AuditEvent[]): Promise<void> {
  const at = ctx.now().toISOString();
  await appendAudit(
    db,
    events.map((event) => ({
      id: ctx.newId(),
      organisationId,
      actorUserId: ctx.actor.userId,
      actorTokenId: ctx.actor.tokenId,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      details: event.details ?? {},
      at,
    })),
  );
}

/** The audit log, newest first; `cursor` is the id of the last record of the previous page. */
export async function readAuditLog(
  ctx: AppContext,
  organisationId: string,
  options: { limit?: number; cursor?: string } = {},
): Promise<{ items: AuditRecord[]; nextCursor: string | null }> {
  const limit = checkPageSize(options.limit);
  const rows = await pageOfAudit(ctx.store.db, organisationId, limit + 1, options.cursor ?? null);
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items.at(-1)!.id : null };
}
