import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { paginate } from '../../app/cursor.ts';
import {
  addStakeholder,
  archiveStakeholder,
  editStakeholder,
  getStakeholder,
  listOrganisationStakeholders,
  restoreStakeholder,
} from '../../app/stakeholders.ts';
import {
  CreatedStakeholderSchema,
  CreateStakeholderSchema,
  EditStakeholderSchema,
  IdSchema,
  PageQuerySchema,
  StakeholderSchema,
  pageOf,
} from '../schemas.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const list = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/stakeholders',
    tags: ['Stakeholders'],
    summary: 'List stakeholders',
    description: 'Archived stakeholders are listed too; `archivedAt` tells them apart.',
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
    description: 'Ratings not given start at 3 on their 1–5 scale. With `relation`, the relation and its two trust accounts are opened too.',
    request: { params: OrganisationParams, body: jsonBody(CreateStakeholderSchema) },
    responses: { 201: jsonResponse(CreatedStakeholderSchema, 'The stakeholder added'), ...errorResponses },
  }),
);

const StakeholderParams = OrganisationParams.extend({ stakeholderId: IdSchema });

const get = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/stakeholders/{stakeholderId}',
    tags: ['Stakeholders'],
    summary: 'Get a stakeholder',
    request: { params: StakeholderParams },
    responses: { 200: jsonResponse(StakeholderSchema, 'The stakeholder'), ...errorResponses },
  }),
);

const edit = createRoute(
  secured('editor', {
    method: 'patch',
    path: '/organisations/{organisationId}/stakeholders/{stakeholderId}',
    tags: ['Stakeholders'],
    summary: 'Change a stakeholder',
    description: 'Only the fields given change. The ledger is untouched; readings follow the new category and importance.',
    request: { params: StakeholderParams, body: jsonBody(EditStakeholderSchema) },
    responses: { 200: jsonResponse(StakeholderSchema, 'The stakeholder as it is now'), ...errorResponses },
  }),
);

const archive = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/stakeholders/{stakeholderId}/archive',
    tags: ['Stakeholders'],
    summary: 'Archive a stakeholder',
    description:
      'The stakeholder leaves the overview, the map, the signals and the relation list; nothing recorded is deleted and no new entry can be recorded until it is restored.',
    request: { params: StakeholderParams },
    responses: { 200: jsonResponse(StakeholderSchema, 'The stakeholder, archived'), ...conflictResponse, ...errorResponses },
  }),
);

const restore = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/stakeholders/{stakeholderId}/restore',
    tags: ['Stakeholders'],
    summary: 'Restore an archived stakeholder',
    request: { params: StakeholderParams },
    responses: { 200: jsonResponse(StakeholderSchema, 'The stakeholder, followed again'), ...conflictResponse, ...errorResponses },
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
  api.openapi(edit, async (c) => {
    const { organisationId, stakeholderId } = c.req.valid('param');
    return c.json(await editStakeholder(c.var.ctx, organisationId, stakeholderId, c.req.valid('json')), 200);
  });
  api.openapi(archive, async (c) => {
    const { organisationId, stakeholderId } = c.req.valid('param');
    return c.json(await archiveStakeholder(c.var.ctx, organisationId, stakeholderId), 200);
  });
  api.openapi(restore, async (c) => {
    const { organisationId, stakeholderId } = c.req.valid('param');
    return c.json(await restoreStakeholder(c.var.ctx, organisationId, stakeholderId), 200);
  });
}
