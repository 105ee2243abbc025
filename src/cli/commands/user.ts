import { NotFoundError } from '../../app/errors.ts';
import { issuePasswordReset, RESET_HOURS } from '../../app/password-reset.ts';
import { openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `user reset-password`: a link for one person to choose a new password, printed once. The machine
 * sends no mail, and whoever runs the command has the database in hand anyway; the web offers no
 * way to ask for a link, so it cannot be used to find out who has an account.
 */
export async function resetPasswordLink(email: string, options: { baseUrl: string }): Promise<void> {
  const session = await openSession();
  try {
    let issued;
    try {
      issued = await issuePasswordReset(session, email);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new UsageError(`No account has the email address "${email.trim()}" (addresses are compared without case). Nothing was issued.`);
    }
    const base = options.baseUrl.replace(/\/+$/, '');
    const who = issued.user.displayName === issued.user.email ? issued.user.email : `${issued.user.displayName} <${issued.user.email}>`;
    console.log(`Password reset link for ${who}, valid for ${RESET_HOURS} hours (until ${issued.expiresAt}):`);
    console.log(`${base}/reset/${issued.token}`);
    console.log('Shown once, and it works once. Hand it to the person yourself; setting a new password signs them out everywhere.');
    if (issued.voided > 0) console.log(`${issued.voided} earlier link(s) for this account no longer work.`);
  } finally {
    await session.close();
  }
}
