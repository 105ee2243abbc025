import { ROLES, type Role } from '../domain/roles.ts';
import { findActiveApiToken, insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRecord } from '../store/api-tokens.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { NotFoundError } from './errors.ts';
import { getOrganisation } from './organisations.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { requireOneOf, requireText } from './validate.ts';

/** Tokens read `tl_` + secret, so they are recognisable in logs and secret scanners. */
const PREFIX = 'tl_';

/** Creates an API token for one organisation and role. Its secret is returned once, never stored. */
export async function createApiToken(
  ctx: AppContext,
  organisationId: string,
  input: { name: string; role: Role },
): Promise<ApiTokenRecord & { token: string }> {
  await getOrganisation(ctx, organisationId);
  const record: ApiTokenRecord = {
    id: ctx.newId(),
    organisationId,
    createdBy: ctx.actor.userId,
    name: requireText('name', input.name, 100),
    role: requireOneOf('role', input.role, ROLES),
    createdAt: ctx.now().toISOString(),
    revokedAt: null,
  };
  const token = PREFIX + newSecret();
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, record, hashSecret(token));
    await audit(ctx, trx, organisationId, { action: 'token.create', objectType: 'api_token', objectId: record.id, details: { name: record.name, role: record.role } });
  });
  return { ...record, token };
}

export function listOrganisationTokens(ctx: AppContext, organisationId: string): Promise<ApiTokenRecord[]> {
  return listApiTokens(ctx.store.db, organisationId);
}

export async function revokeOrganisationToken(ctx: AppContext, organisationId: string, tokenId: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await revokeApiToken(trx, organisationId, tokenId, ctx.now().toISOString()))) throw new NotFoundError('api token', tokenId);
    await audit(ctx, trx, organisationId, { action: 'token.revoke', objectType: 'api_token', objectId: tokenId });
  });
}

/** The active token a bearer secret opens, if any. */
export async function tokenFor(ctx: AppContext, secret: string): Promise<ApiTokenRecord | undefined> {
  if (!secret.startsWith(PREFIX)) return undefined;
  return findActiveApiToken(ctx.store.db, hashSecret(secret));
}
