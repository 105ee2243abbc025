import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.ts';
import { createOrganisation, getOrganisation, listAllOrganisations } from '../../app/organisations.ts';
import { organisationOverview } from '../../app/read-accounts.ts';
import { AsOfQuerySchema, CreateOrganisationSchema, OrganisationSchema, OverviewSchema, pageOf } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams } from './common.ts';

const list = createRoute({
  method: 'get',
  path: '/organisations',
  tags: ['Organisations'],
  summary: 'List organisations',
  responses: { 200: jsonResponse(pageOf(OrganisationSchema, 'OrganisationPage'), 'The organisations'), ...errorResponses },
});

const create = createRoute({
  method: 'post',
  path: '/organisations',
  tags: ['Organisations'],
  summary: 'Create an organisation',
  description: 'Starts with parameter version 1, the model defaults.',
  request: { body: jsonBody(CreateOrganisationSchema) },
  responses: { 201: jsonResponse(OrganisationSchema, 'The organisation created'), ...errorResponses },
});

const get = createRoute({
  method: 'get',
  path: '/organisations/{organisationId}',
  tags: ['Organisations'],
  summary: 'Get an organisation',
  request: { params: OrganisationParams },
  responses: { 200: jsonResponse(OrganisationSchema, 'The organisation'), ...errorResponses },
});

const overview = createRoute({
  method: 'get',
  path: '/organisations/{organisationId}/overview',
  tags: ['Organisations'],
  summary: 'Organisation overview',
  description: 'Per direction: importance-weighted trust level and balance in total, per level and per category.',
  request: { params: OrganisationParams, query: AsOfQuerySchema },
  responses: { 200: jsonResponse(OverviewSchema, 'The overview'), ...errorResponses },
});

export function organisationRoutes(api: OpenAPIHono, ctx: AppContext): void {
  api.openapi(list, async (c) => c.json({ items: await listAllOrganisations(ctx), nextCursor: null }, 200));
  api.openapi(create, async (c) => c.json(await createOrganisation(ctx, c.req.valid('json')), 201));
  api.openapi(get, async (c) => c.json(await getOrganisation(ctx, c.req.valid('param').organisationId), 200));
  api.openapi(overview, async (c) => {
    const { organisationId } = c.req.valid('param');
    return c.json(await organisationOverview(ctx, organisationId, c.req.valid('query')), 200);
  });
}
