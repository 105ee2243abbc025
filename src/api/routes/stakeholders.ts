import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { paginate } from '../../app/cursor.ts';
import { addStakeholder, getStakeholder, listOrganisationStakeholders } from '../../app/stakeholders.ts';
import { CreateStakeholderSchema, IdSchema, PageQuerySchema, StakeholderSchema, pageOf } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const list = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/stakeholders',
    tags: ['Stakeholders'],
    summary: 'List stakeholders',
    request: { params: OrganisationParams, query: PageQuerySchema },
    responses: { 200: jsonResponse(pageOf(StakeholderSchema, 'StakeholderPage'), 'Stakeholders by name'), ...errorResponses },
  }),
);

const create = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/stakeholders',
    tags: ['Stakeholders'],
    summary: 'Add a stakeholder',
    description: 'Ratings not given start at 3 on their 1–5 scale.',
    request: { params: OrganisationParams, body: jsonBody(CreateStakeholderSchema) },
    responses: { 201: jsonResponse(StakeholderSchema, 'The stakeholder added'), ...errorResponses },
  }),
);

const get = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/stakeholders/{stakeholderId}',
    tags: ['Stakeholders'],
    summary: 'Get a stakeholder',
    request: { params: OrganisationParams.extend({ stakeholderId: IdSchema }) },
    responses: { 200: jsonResponse(StakeholderSchema, 'The stakeholder'), ...errorResponses },
  }),
);

export function stakeholderRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => {
    const stakeholders = await listOrganisationStakeholders(c.var.ctx, c.req.valid('param').organisationId);
    return c.json(paginate(stakeholders, (s) => [s.name, s.id], c.req.valid('query')), 200);
  });
  api.openapi(create, async (c) => {
    const stakeholder = await addStakeholder(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json'));
    return c.json(stakeholder, 201);
  });
  api.openapi(get, async (c) => {
    const { organisationId, stakeholderId } = c.req.valid('param');
    return c.json(await getStakeholder(c.var.ctx, organisationId, stakeholderId), 200);
  });
}
