import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../domain/roles.ts';
import type { Database, InvitationTable } from './schema.ts';

export interface InvitationRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly tokenHash: string;
  readonly role: Role;
  readonly email: string | null;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly acceptedAt: string | null;
}

function fromRow(row: Selectable<InvitationTable>): InvitationRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    tokenHash: row.token_hash,
    role: row.role as Role,
    email: row.email,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

export async function insertInvitation(db: Kysely<Database>, invitation: InvitationRecord): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: invitation.id,
      organisation_id: invitation.organisationId,
      token_hash: invitation.tokenHash,
      role: invitation.role,
      email: invitation.email,
      created_by: invitation.createdBy,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
      accepted_at: null,
      accepted_by: null,
    })
    .execute();
}

export async function findInvitationByToken(db: Kysely<Database>, tokenHash: string): Promise<InvitationRecord | undefined> {
  const row = await db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && fromRow(row);
}

/**
 * Marks an invitation used. The condition on `accepted_at` makes it single-use even when two
 * people click at once: only one update finds it open.
 */
export async function markInvitationAccepted(db: Kysely<Database>, id: string, userId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: at, accepted_by: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
