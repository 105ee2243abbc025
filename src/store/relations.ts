import type { Kysely, Selectable } from 'kysely';
import type { Direction, Scope } from '../domain/vocabulary.ts';
import { insertRows, type BulkColumns } from './bulk-insert.ts';
import type { AccountTable, Database, RelationTable } from './schema.ts';

export interface RelationRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly stakeholderId: string;
  readonly ownerUserId: string | null;
  readonly startedOn: string;
  readonly scope: Scope;
  readonly cadenceDays: number;
  readonly createdAt: string;
}

export interface AccountRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly relationId: string;
  readonly direction: Direction;
}

function relationFromRow(row: Selectable<RelationTable>): RelationRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    stakeholderId: row.stakeholder_id,
    ownerUserId: row.owner_user_id,
    startedOn: row.started_on,
    scope: row.scope as Scope,
    cadenceDays: row.cadence_days,
    createdAt: row.created_at,
  };
}

function accountFromRow(row: Selectable<AccountTable>): AccountRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    relationId: row.relation_id,
    direction: row.direction as Direction,
  };
}

const RELATION_COLUMNS: BulkColumns<'relations', RelationRecord> = [
  ['id', 'text', (r) => r.id],
  ['organisation_id', 'text', (r) => r.organisationId],
  ['stakeholder_id', 'text', (r) => r.stakeholderId],
  ['owner_user_id', 'text', (r) => r.ownerUserId],
  ['started_on', 'text', (r) => r.startedOn],
  ['scope', 'text', (r) => r.scope],
  ['cadence_days', 'integer', (r) => r.cadenceDays],
  ['created_at', 'text', (r) => r.createdAt],
];

const ACCOUNT_COLUMNS: BulkColumns<'accounts', AccountRecord> = [
  ['id', 'text', (a) => a.id],
  ['organisation_id', 'text', (a) => a.organisationId],
  ['relation_id', 'text', (a) => a.relationId],
  ['direction', 'text', (a) => a.direction],
];

/** A relation always comes with its two accounts, `received` and `given`: both are given here. */
export async function insertRelations(
  db: Kysely<Database>,
  relations: readonly RelationRecord[],
  accounts: readonly AccountRecord[],
): Promise<void> {
  await insertRows(db, 'relations', RELATION_COLUMNS, relations);
  await insertRows(db, 'accounts', ACCOUNT_COLUMNS, accounts);
}

export async function findRelation(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<RelationRecord | undefined> {
  const row = await db
    .selectFrom('relations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && relationFromRow(row);
}

export async function listRelations(db: Kysely<Database>, organisationId: string): Promise<RelationRecord[]> {
  const rows = await db
    .selectFrom('relations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
  return rows.map(relationFromRow);
}

export async function findAccount(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<AccountRecord | undefined> {
  const row = await db
    .selectFrom('accounts')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && accountFromRow(row);
}

/** The accounts of an organisation, or of one of its relations. */
export async function listAccounts(
  db: Kysely<Database>,
  organisationId: string,
  relationId?: string,
): Promise<AccountRecord[]> {
  let query = db.selectFrom('accounts').selectAll().where('organisation_id', '=', organisationId);
  if (relationId !== undefined) query = query.where('relation_id', '=', relationId);
  return (await query.execute()).map(accountFromRow);
}

/** The relations of some stakeholders. */
export async function relationsOfStakeholders(db: Kysely<Database>, organisationId: string, stakeholderIds: readonly string[]): Promise<RelationRecord[]> {
  if (stakeholderIds.length === 0) return [];
  const rows = await db
    .selectFrom('relations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('stakeholder_id', 'in', stakeholderIds)
    .orderBy('id')
    .execute();
  return rows.map(relationFromRow);
}

/** The accounts of some relations. */
export async function accountsOfRelations(db: Kysely<Database>, organisationId: string, relationIds: readonly string[]): Promise<AccountRecord[]> {
  if (relationIds.length === 0) return [];
  const rows = await db.selectFrom('accounts').selectAll().where('organisation_id', '=', organisationId).where('relation_id', 'in', relationIds).execute();
  return rows.map(accountFromRow);
}
