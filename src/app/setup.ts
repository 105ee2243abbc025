import { countUsers, insertUser, normaliseEmail, type UserRecord } from '../store/users.ts';
import type { OrganisationRecord } from '../store/organisations.ts';
import type { AppContext } from './context.ts';
import { ConflictError, ValidationError } from './errors.ts';
import { createOrganisation } from './organisations.ts';
import { checkPassword, hashPassword } from './secrets.ts';
import { requireText } from './validate.ts';

export interface NewUserInput {
  readonly displayName: string;
  readonly email: string;
  readonly password: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validates and creates a user with a hashed password. */
export async function createUser(ctx: AppContext, input: NewUserInput): Promise<UserRecord> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email)) throw new ValidationError([{ field: 'email', message: 'must be an email address' }]);
  checkPassword('password', input.password);
  const user: UserRecord = {
    id: ctx.newId(),
    email,
    displayName: requireText('displayName', input.displayName, 200),
    createdAt: ctx.now().toISOString(),
  };
  await insertUser(ctx.store.db, user, await hashPassword(input.password));
  return user;
}

/** True on an empty database: nobody can sign in yet, so the first owner must be set up. */
export async function setupNeeded(ctx: AppContext): Promise<boolean> {
  return (await countUsers(ctx.store.db)) === 0;
}

/**
 * First run: creates the first organisation and its owner. Refused once anyone exists, so the
 * open set-up route cannot be used to take over an installation.
 */
export async function setUp(
  ctx: AppContext,
  input: NewUserInput & { organisationName: string },
): Promise<{ user: UserRecord; organisation: OrganisationRecord }> {
  if (!(await setupNeeded(ctx))) throw new ConflictError('Trust Ledger is already set up; sign in instead');
  const name = requireText('organisationName', input.organisationName, 200);
  const user = await createUser(ctx, input);
  const organisation = await createOrganisation({ ...ctx, actor: { userId: user.id, tokenId: null } }, { name, ownerUserId: user.id });
  return { user, organisation };
}
