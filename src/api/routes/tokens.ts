import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { createApiToken, listOrganisationTokens, revokeOrganisationToken } from '../../app/api-tokens.ts';
import type { ApiEnv } from '../api-env.ts';
import { IdSchema, RoleSchema } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';

const TokenSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    createdBy: z.string().nullable(),
    name: z.string(),
    role: RoleSchema,
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

const list = createRoute(
  secured('owner', {
    method: 'get',
    path: '/organisations/{organisationId}/tokens',
    tags: ['API tokens'],
    summary: 'API tokens of the organisation (never their secrets)',
    request: { params: OrganisationParams },
    responses: { 200: jsonResponse(z.object({ items: z.array(TokenSchema) }), 'The tokens'), ...errorResponses },
  }),
);

const create = createRoute(
  secured('owner', {
    method: 'post',
    path: '/organisations/{organisationId}/tokens',
    tags: ['API tokens'],
    summary: 'Create an API token for this organisation and a role',
    description: 'The secret is in `token` this once; use it as `Authorization: Bearer <token>`.',
    request: { params: OrganisationParams, body: jsonBody(z.object({ name: z.string().trim().min(1).max(100), role: RoleSchema }).openapi('CreateToken')) },
    responses: { 201: jsonResponse(TokenSchema.extend({ token: z.string() }).openapi('CreatedApiToken'), 'The token, with its secret'), ...errorResponses },
  }),
);

const revoke = createRoute(
  secured('owner', {
    method: 'delete',
    path: '/organisations/{organisationId}/tokens/{tokenId}',
    tags: ['API tokens'],
    summary: 'Revoke an API token',
    request: { params: OrganisationParams.extend({ tokenId: IdSchema }) },
    responses: { 204: { description: 'Revoked' }, ...errorResponses },
  }),
);

export function tokenRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => c.json({ items: await listOrganisationTokens(c.var.ctx, c.req.valid('param').organisationId) }, 200));
  api.openapi(create, async (c) => c.json(await createApiToken(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
  api.openapi(revoke, async (c) => {
    const { organisationId, tokenId } = c.req.valid('param');
    await revokeOrganisationToken(c.var.ctx, organisationId, tokenId);
    return c.body(null, 204);
  });
}
