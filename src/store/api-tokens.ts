import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../domain/roles.ts';
import type { ApiTokenTable, Database } from './schema.ts';

export interface ApiTokenRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly createdBy: string | null;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

function fromRow(row: Selectable<ApiTokenTable>): ApiTokenRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    createdBy: row.created_by,
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

export async function insertApiToken(db: Kysely<Database>, token: ApiTokenRecord, secretHash: string): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      organisation_id: token.organisationId,
      created_by: token.createdBy,
      name: token.name,
      role: token.role,
      secret_hash: secretHash,
      created_at: token.createdAt,
      revoked_at: null,
    })
    .execute();
}

/** The token a secret opens, unless it was revoked. */
export async function findActiveApiToken(db: Kysely<Database>, secretHash: string): Promise<ApiTokenRecord | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('secret_hash', '=', secretHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && fromRow(row);
}

export async function listApiTokens(db: Kysely<Database>, organisationId: string): Promise<ApiTokenRecord[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('organisation_id', '=', organisationId).orderBy('id').execute();
  return rows.map(fromRow);
}

export async function revokeApiToken(db: Kysely<Database>, organisationId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
