import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { erasePersonalData, exportPersonalData } from '../../app/privacy.ts';
import type { ApiEnv } from '../api-env.ts';
import { IdSchema, StakeholderSchema } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';

const StakeholderParams = OrganisationParams.extend({ stakeholderId: IdSchema });

const exportRoute = createRoute(
  secured('owner', {
    method: 'get',
    path: '/organisations/{organisationId}/stakeholders/{stakeholderId}/personal-data',
    tags: ['Privacy'],
    summary: 'Export everything stored about a stakeholder (GDPR access)',
    description: 'The stakeholder, its relations, accounts, every entry with its note, and the breaches on its relations. The export is audited.',
    request: { params: StakeholderParams },
    responses: { 200: jsonResponse(z.object({ exportedAt: z.string(), stakeholder: StakeholderSchema, relations: z.array(z.unknown()) }).openapi('PersonalData'), 'The export'), ...errorResponses },
  }),
);

const erase = createRoute(
  secured('owner', {
    method: 'post',
    path: '/organisations/{organisationId}/stakeholders/{stakeholderId}/erasure',
    tags: ['Privacy'],
    summary: "Erase a stakeholder's identifying text (GDPR erasure)",
    description: 'Removes the name, tags and every note about the stakeholder; amounts and dates stay, so the sums do not change. Audited.',
    request: { params: StakeholderParams, body: jsonBody(z.object({ reason: z.string().trim().min(1).max(1000) }).openapi('Erasure')) },
    responses: { 200: jsonResponse(StakeholderSchema, 'The stakeholder as it now stands'), ...errorResponses },
  }),
);

export function privacyRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(exportRoute, async (c) => {
    const { organisationId, stakeholderId } = c.req.valid('param');
    return c.json(await exportPersonalData(c.var.ctx, organisationId, stakeholderId), 200);
  });
  api.openapi(erase, async (c) => {
    const { organisationId, stakeholderId } = c.req.valid('param');
    return c.json(await erasePersonalData(c.var.ctx, organisationId, stakeholderId, c.req.valid('json')), 200);
  });
}
