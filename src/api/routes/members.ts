import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { changeMemberRole, inviteMember, listMembers, removeMember } from '../../app/members.ts';
import type { ApiEnv } from '../api-env.ts';
import { IdSchema, InvitationSchema, MemberSchema, RoleSchema } from '../schemas.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';

const MemberParams = OrganisationParams.extend({ userId: IdSchema });

const list = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/members',
    tags: ['Members'],
    summary: 'Who belongs to the organisation',
    request: { params: OrganisationParams },
    responses: { 200: jsonResponse(z.object({ items: z.array(MemberSchema) }), 'The members'), ...errorResponses },
  }),
);

const invite = createRoute(
  secured('owner', {
    method: 'post',
    path: '/organisations/{organisationId}/invitations',
    tags: ['Members'],
    summary: 'Invite a member by a single-use link',
    description: 'The token is shown once; the link is /invite/{token}. It works once, for seven days.',
    request: {
      params: OrganisationParams,
      body: jsonBody(z.object({ role: RoleSchema, email: z.string().trim().max(320).nullable().optional() }).openapi('Invite')),
    },
    responses: {
      201: jsonResponse(
        InvitationSchema,
        'The invitation, with its token shown this once',
      ),
      ...errorResponses,
    },
  }),
);

const changeRole = createRoute(
  secured('owner', {
    method: 'put',
    path: '/organisations/{organisationId}/members/{userId}',
    tags: ['Members'],
    summary: "Change a member's role",
    request: { params: MemberParams, body: jsonBody(z.object({ role: RoleSchema }).openapi('ChangeRole')) },
    responses: { 204: { description: 'Changed' }, ...errorResponses, ...conflictResponse },
  }),
);

const remove = createRoute(
  secured('owner', {
    method: 'delete',
    path: '/organisations/{organisationId}/members/{userId}',
    tags: ['Members'],
    summary: 'Remove a member',
    description: 'The last owner cannot be removed.',
    request: { params: MemberParams },
    responses: { 204: { description: 'Removed' }, ...errorResponses, ...conflictResponse },
  }),
);

export function memberRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => {
    const members = await listMembers(c.var.ctx, c.req.valid('param').organisationId);
    return c.json({ items: members.map(({ userId, email, displayName, role, since }) => ({ userId, email, displayName, role, since })) }, 200);
  });
  api.openapi(invite, async (c) => c.json(await inviteMember(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
  api.openapi(changeRole, async (c) => {
    const { organisationId, userId } = c.req.valid('param');
    await changeMemberRole(c.var.ctx, organisationId, userId, c.req.valid('json').role);
    return c.body(null, 204);
  });
  api.openapi(remove, async (c) => {
    const { organisationId, userId } = c.req.valid('param');
    await removeMember(c.var.ctx, organisationId, userId);
    return c.body(null, 204);
  });
}
