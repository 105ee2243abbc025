import { deleteSession, deleteSessionsOfUser, findLiveSession, insertSession } from '../store/sessions.ts';
import { findUser, findUserByEmail, membershipsOfUser, setPasswordHash, type MembershipRecord, type UserRecord } from '../store/users.ts';
import type { AppContext } from './context.ts';
import { WrongPasswordError } from './errors.ts';
import { checkPassword, hashPassword, hashSecret, newSecret, passwordMatches } from './secrets.ts';

export const SESSION_DAYS = 14;

export interface SignedIn {
  readonly user: UserRecord;
  readonly memberships: MembershipRecord[];
}

/** The same answer for an unknown email and a wrong password: no one learns who has an account. */
export class WrongCredentialsError extends Error {
  constructor() {
    super('Email or password is not right');
    this.name = 'WrongCredentialsError';
  }
}

function publicUser(user: UserRecord): UserRecord {
  return { id: user.id, email: user.email, displayName: user.displayName, createdAt: user.createdAt };
}

/** Opens a session for a user and returns its secret token (for the cookie; only its hash is kept). */
export async function openSession(ctx: AppContext, userId: string): Promise<{ token: string; expiresAt: string }> {
  const token = newSecret();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await insertSession(ctx.store.db, { id: ctx.newId(), tokenHash: hashSecret(token), userId, createdAt: now.toISOString(), expiresAt });
  return { token, expiresAt };
}

export async function signIn(ctx: AppContext, input: { email: string; password: string }): Promise<SignedIn & { token: string; expiresAt: string }> {
  const user = await findUserByEmail(ctx.store.db, input.email);
  if (!(await passwordMatches(user?.passwordHash ?? null, input.password)) || !user) throw new WrongCredentialsError();
  const session = await openSession(ctx, user.id);
  return { user: publicUser(user), memberships: await membershipsOfUser(ctx.store.db, user.id), ...session };
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await deleteSession(ctx.store.db, hashSecret(token));
}

/** Who a session token belongs to, or undefined when it is unknown or expired. */
export async function sessionUser(ctx: AppContext, token: string): Promise<SignedIn | undefined> {
  const session = await findLiveSession(ctx.store.db, hashSecret(token), ctx.now().toISOString());
  if (!session) return undefined;
  const user = await findUser(ctx.store.db, session.userId);
  if (!user) return undefined;
  return { user: publicUser(user), memberships: await membershipsOfUser(ctx.store.db, user.id) };
}

export async function signedInUser(ctx: AppContext, userId: string): Promise<SignedIn> {
  const user = await findUser(ctx.store.db, userId);
  if (!user) throw new WrongCredentialsError();
  return { user: publicUser(user), memberships: await membershipsOfUser(ctx.store.db, user.id) };
}

/** Changes a password after checking the current one; every other session of the user ends. */
export async function changePassword(
  ctx: AppContext,
  input: { userId: string; currentToken: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUser(ctx.store.db, input.userId);
  if (!user || !(await passwordMatches(user.passwordHash, input.currentPassword))) {
    throw new WrongPasswordError('currentPassword', 'is not your current password');
  }
  checkPassword('newPassword', input.newPassword);
  await setPasswordHash(ctx.store.db, user.id, await hashPassword(input.newPassword));
  await deleteSessionsOfUser(ctx.store.db, user.id, hashSecret(input.currentToken));
}
