import { DEMO_LOGINS, DEMO_PASSWORD } from '../../app/demo/demo-logins.ts';
import { loadDemo } from '../../app/demo/load-demo.ts';
import { randomBytes } from 'node:crypto';
import { createOrganisation } from '../../app/organisations.ts';
import { createUser } from '../../app/setup.ts';
import { findUserByEmail } from '../../store/users.ts';
import { readRelations } from '../../app/read-accounts.ts';
import { openSession } from '../session.ts';

export interface InitOptions {
  readonly name: string;
  readonly ownerEmail?: string;
  readonly ownerName?: string;
  readonly timeZone?: string;
}

/**
 * `init`: creates an organisation and, with --owner-email, its owner. A new owner gets the
 * password in TRUST_LEDGER_OWNER_PASSWORD, or a generated one printed once.
 */
export async function init(options: InitOptions): Promise<void> {
  const session = await openSession();
  try {
    let ownerUserId: string | undefined;
    let newPassword: string | undefined;
    if (options.ownerEmail !== undefined) {
      const existing = await findUserByEmail(session.store.db, options.ownerEmail);
      if (existing) ownerUserId = existing.id;
      else {
        newPassword = process.env.TRUST_LEDGER_OWNER_PASSWORD || randomBytes(12).toString('base64url');
        const user = await createUser(session, { displayName: options.ownerName ?? options.ownerEmail, email: options.ownerEmail, password: newPassword });
        ownerUserId = user.id;
      }
    }
    const organisation = await createOrganisation(session, { name: options.name, ownerUserId, timeZone: options.timeZone });
    console.log(`Created organisation "${organisation.name}" (${organisation.id}).`);
    if (ownerUserId === undefined) {
      console.log('It has no owner yet, so nobody can sign in to it: run init with --owner-email, or set it up in the web application.');
    } else if (newPassword !== undefined && !process.env.TRUST_LEDGER_OWNER_PASSWORD) {
      console.log(`Owner ${options.ownerEmail} can sign in with the password: ${newPassword}\n(shown once; change it after signing in)`);
    } else {
      console.log(`Owner: ${options.ownerEmail}`);
    }
    console.log('Next: add a stakeholder with  trust-ledger stakeholder "Name" --category customers --level market');
  } finally {
    await session.close();
  }
}

/** `demo`: loads the demo organisation (once). */
export async function demo(): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await loadDemo(session);
    const { relations } = await readRelations(session, organisation.id);
    console.log(`Demo organisation "${organisation.name}" (${organisation.id}) with ${relations.length} stakeholder relations.`);
    console.log(`Sign in as ${DEMO_LOGINS.map((l) => `${l.email} (${l.role})`).join(', ')} — password: ${DEMO_PASSWORD}`);
    console.log('See it with  trust-ledger balance  or  npm start');
  } finally {
    await session.close();
  }
}
