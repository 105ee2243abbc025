import type { Kysely } from 'kysely';
import type { Role } from '../domain/roles.ts';
import type { Database } from './schema.ts';

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly createdAt: string;
}

export interface MembershipRecord {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly userId: string;
  readonly role: Role;
  readonly since: string;
}

/** Emails compare without case or surrounding space: one person, one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertUser(db: Kysely<Database>, user: UserRecord, passwordHash: string): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: user.id, email: user.email, display_name: user.displayName, created_at: user.createdAt, password_hash: passwordHash })
    .execute();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<(UserRecord & { passwordHash: string | null }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row && { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at, passwordHash: row.password_hash };
}

export async function findUser(db: Kysely<Database>, id: string): Promise<(UserRecord & { passwordHash: string | null }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at, passwordHash: row.password_hash };
}

export async function setPasswordHash(db: Kysely<Database>, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

export async function insertMembership(db: Kysely<Database>, organisationId: string, userId: string, role: Role, at: string): Promise<void> {
  await db.insertInto('memberships').values({ organisation_id: organisationId, user_id: userId, role, created_at: at }).execute();
}

export async function setMembershipRole(db: Kysely<Database>, organisationId: string, userId: string, role: Role): Promise<void> {
  await db.updateTable('memberships').set({ role }).where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(db: Kysely<Database>, organisationId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
}

/** The organisations a user belongs to, with the role in each, by organisation name. */
export async function membershipsOfUser(db: Kysely<Database>, userId: string): Promise<MembershipRecord[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['memberships.organisation_id', 'organisations.name', 'memberships.user_id', 'memberships.role', 'memberships.created_at'])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .execute();
  return rows.map((r) => ({ organisationId: r.organisation_id, organisationName: r.name, userId: r.user_id, role: r.role, since: r.created_at }));
}

/** The members of an organisation with their user details, by name. */
export async function membersOfOrganisation(
  db: Kysely<Database>,
  organisationId: string,
): Promise<(MembershipRecord & { email: string; displayName: string })[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['memberships.organisation_id', 'organisations.name', 'memberships.user_id', 'memberships.role', 'memberships.created_at', 'users.email', 'users.display_name'])
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy('users.display_name')
    .execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    organisationName: r.name,
    userId: r.user_id,
    role: r.role,
    since: r.created_at,
    email: r.email,
    displayName: r.display_name,
  }));
}
