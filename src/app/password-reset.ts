import type { Kysely } from 'kysely';
import { findOpenPasswordReset, insertPasswordReset, markPasswordResetUsed, voidOpenPasswordResets } from '../store/password-resets.ts';
import type { Database } from '../store/schema.ts';
import { deleteSessionsOfUser } from '../store/sessions.ts';
import { findUser, findUserByEmail, membershipsOfUser, setPasswordHash } from '../store/users.ts';
import { audit, type AuditEvent } from './audit.ts';
import type { AppContext } from './context.ts';
import { NotFoundError, ResetLinkError } from './errors.ts';
import { checkPassword, hashPassword, hashSecret, newSecret } from './secrets.ts';

/**
 * Password reset without mail: whoever runs the server issues a single-use link for one account
 * (`trust-ledger user reset-password`), hands it over, and the person chooses a new password with
 * it. There is no route to ask for a link, so no answer can tell whether an address has an
 * account, and no owner of one organisation can take over an account that also belongs to others.
 */
export const RESET_HOURS = 24;

/**
 * An account belongs to no organisation of its own, so a reset is recorded in the audit log of
 * each organisation the person is a member of: its owners see that the account changed hands.
 */
async function auditInEveryOrganisation(ctx: AppContext, db: Kysely<Database>, userId: string, event: AuditEvent): Promise<void> {
  for (const membership of await membershipsOfUser(db, userId)) await audit(ctx, db, membership.organisationId, event);
}

/**
 * Issues a link for the account with this email; the token is returned once and stored only as a
 * hash. Links issued before for the same account and not used stop working.
 */
export async function issuePasswordReset(
  ctx: AppContext,
  email: string,
): Promise<{ token: string; expiresAt: string; user: { id: string; email: string; displayName: string }; voided: number }> {
  const user = await findUserByEmail(ctx.store.db, email);
  if (!user) throw new NotFoundError('user with the email address', JSON.stringify(email.trim()));
  const token = newSecret();
  const now = ctx.now();
  const reset = {
    id: ctx.newId(),
    userId: user.id,
    tokenHash: hashSecret(token),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + RESET_HOURS * 3_600_000).toISOString(),
  };
  const voided = await ctx.store.db.transaction().execute(async (trx) => {
    const count = await voidOpenPasswordResets(trx, user.id, reset.createdAt);
    await insertPasswordReset(trx, reset);
    await auditInEveryOrganisation(ctx, trx, user.id, {
      action: 'password_reset.issue',
      objectType: 'user',
      objectId: user.id,
      details: { resetId: reset.id, expiresAt: reset.expiresAt, voided: count },
    });
    return count;
  });
  return { token, expiresAt: reset.expiresAt, user: { id: user.id, email: user.email, displayName: user.displayName }, voided };
}

/**
 * Sets a new password with a reset link: the link is spent and every session of the account
 * ends. The password is checked first, so a weak one is refused (at `newPassword`) whatever the
 * link, and nothing is written. An unknown, used, voided or expired link gets one and the same
 * error. Returns the account, for the caller's sign-in throttle; never for the answer.
 */
export async function resetPassword(ctx: AppContext, input: { token: string; newPassword: string }): Promise<{ userId: string; email: string }> {
  checkPassword('newPassword', input.newPassword);
  const reset = await findOpenPasswordReset(ctx.store.db, hashSecret(input.token), ctx.now().toISOString());
  const user = reset && (await findUser(ctx.store.db, reset.userId));
  if (!reset || !user) throw new ResetLinkError();
  const passwordHash = await hashPassword(input.newPassword);
  const at = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await markPasswordResetUsed(trx, reset.id, at))) throw new ResetLinkError();
    await setPasswordHash(trx, user.id, passwordHash);
    await deleteSessionsOfUser(trx, user.id);
    await auditInEveryOrganisation({ ...ctx, actor: { userId: user.id, tokenId: null } }, trx, user.id, {
      action: 'password_reset.use',
      objectType: 'user',
      objectId: user.id,
      details: { resetId: reset.id },
    });
  });
  return { userId: user.id, email: user.email };
}
