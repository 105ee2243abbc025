import { ROLES, type Role } from '../domain/roles.ts';
import { findInvitationByToken, insertInvitation, markInvitationAccepted } from '../store/invitations.ts';
import { findOrganisation } from '../store/organisations.ts';
import {
  deleteMembership,
  findUserByEmail,
  insertMembership,
  membersOfOrganisation,
  membershipsOfUser,
  normaliseEmail,
  setMembershipRole,
} from '../store/users.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, NotFoundError, ValidationError, WrongPasswordError } from './errors.ts';
import { getOrganisation } from './organisations.ts';
import { hashSecret, newSecret, passwordMatches } from './secrets.ts';
import { createUser } from './setup.ts';
import { requireOneOf } from './validate.ts';

export const INVITATION_DAYS = 7;

export function listMembers(ctx: AppContext, organisationId: string) {
  return membersOfOrganisation(ctx.store.db, organisationId);
}

/** Creates a single-use invitation; the token is returned once and stored only as a hash. */
export async function inviteMember(
  ctx: AppContext,
  organisationId: string,
  input: { role: Role; email?: string | null },
): Promise<{ id: string; role: Role; email: string | null; expiresAt: string; token: string }> {
  await getOrganisation(ctx, organisationId);
  const role = requireOneOf('role', input.role, ROLES);
  const email = input.email ? normaliseEmail(input.email) : null;
  const token = newSecret();
  const now = ctx.now();
  const invitation = {
    id: ctx.newId(),
    organisationId,
    tokenHash: hashSecret(token),
    role,
    email,
    createdBy: ctx.actor.userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
    acceptedAt: null,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertInvitation(trx, invitation);
    await audit(ctx, trx, organisationId, { action: 'member.invite', objectType: 'invitation', objectId: invitation.id, details: { role, email } });
  });
  return { id: invitation.id, role, email, expiresAt: invitation.expiresAt, token };
}

async function openInvitation(ctx: AppContext, token: string) {
  const invitation = await findInvitationByToken(ctx.store.db, hashSecret(token));
  if (!invitation || invitation.acceptedAt !== null || invitation.expiresAt <= ctx.now().toISOString()) {
    throw new NotFoundError('invitation', 'link');
  }
  return invitation;
}

/** What an invitation link offers, for the page that accepts it. */
export async function describeInvitation(ctx: AppContext, token: string) {
  const invitation = await openInvitation(ctx, token);
  const organisation = await findOrganisation(ctx.store.db, invitation.organisationId);
  return { organisationName: organisation?.name ?? '', role: invitation.role, email: invitation.email };
}

/**
 * Joins the organisation of an invitation: as a new user, or as an existing one who proves it
 * with their password. The link then stops working.
 */
export async function acceptInvitation(
  ctx: AppContext,
  token: string,
  input: { displayName: string; email: string; password: string },
): Promise<{ userId: string }> {
  const invitation = await openInvitation(ctx, token);
  const email = normaliseEmail(input.email);
  if (invitation.email !== null && invitation.email !== email) {
    throw new ValidationError([{ field: 'email', message: 'is not the address this invitation was made for' }]);
  }
  const existing = await findUserByEmail(ctx.store.db, email);
  if (existing && !(await passwordMatches(existing.passwordHash, input.password))) {
    throw new WrongPasswordError('password', 'is not the password of the account with this email');
  }
  const userId = existing?.id ?? (await createUser(ctx, { ...input, email })).id;
  const already = (await membershipsOfUser(ctx.store.db, userId)).some((m) => m.organisationId === invitation.organisationId);
  const at = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await markInvitationAccepted(trx, invitation.id, userId, at))) throw new NotFoundError('invitation', 'link');
    if (!already) await insertMembership(trx, invitation.organisationId, userId, invitation.role, at);
    await audit({ ...ctx, actor: { userId, tokenId: null } }, trx, invitation.organisationId, {
      action: 'member.join',
      objectType: 'user',
      objectId: userId,
      details: { role: invitation.role, invitationId: invitation.id },
    });
  });
  return { userId };
}

async function requireMember(ctx: AppContext, organisationId: string, userId: string) {
  const members = await membersOfOrganisation(ctx.store.db, organisationId);
  const member = members.find((m) => m.userId === userId);
  if (!member) throw new NotFoundError('member', userId);
  return { member, owners: members.filter((m) => m.role === 'owner').length };
}

/** Removes a member. The last owner stays: an organisation without one could not be managed. */
export async function removeMember(ctx: AppContext, organisationId: string, userId: string): Promise<void> {
  const { member, owners } = await requireMember(ctx, organisationId, userId);
  if (member.role === 'owner' && owners === 1) throw new ConflictError('the last owner cannot be removed; make someone else owner first');
  await ctx.store.db.transaction().execute(async (trx) => {
    await deleteMembership(trx, organisationId, userId);
    await audit(ctx, trx, organisationId, { action: 'member.remove', objectType: 'user', objectId: userId, details: { role: member.role } });
  });
}

export async function changeMemberRole(ctx: AppContext, organisationId: string, userId: string, role: Role): Promise<void> {
  const newRole = requireOneOf('role', role, ROLES);
  const { member, owners } = await requireMember(ctx, organisationId, userId);
  if (member.role === 'owner' && newRole !== 'owner' && owners === 1) throw new ConflictError('the last owner cannot step down; make someone else owner first');
  await ctx.store.db.transaction().execute(async (trx) => {
    await setMembershipRole(trx, organisationId, userId, newRole);
    await audit(ctx, trx, organisationId, { action: 'member.role', objectType: 'user', objectId: userId, details: { from: member.role, to: newRole } });
  });
}
