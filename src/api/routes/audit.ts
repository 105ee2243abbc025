import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { readAuditLog } from '../../app/audit.ts';
import type { ApiEnv } from '../api-env.ts';
import { PageQuerySchema, pageOf } from '../schemas.ts';
import { errorResponses, jsonResponse, OrganisationParams, secured } from './common.ts';

const AuditRecordSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    actorUserId: z.string().nullable(),
    actorTokenId: z.string().nullable(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    at: z.string(),
  })
  .openapi('AuditRecord');

const list = createRoute(
  secured('owner', {
    method: 'get',
    path: '/organisations/{organisationId}/audit',
    tags: ['Audit'],
    summary: 'Who did what and when, newest first',
    request: { params: OrganisationParams, query: PageQuerySchema },
    responses: { 200: jsonResponse(pageOf(AuditRecordSchema, 'AuditPage'), 'One page of the audit log'), ...errorResponses },
  }),
);

export function auditRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => c.json(await readAuditLog(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('query')), 200));
}
