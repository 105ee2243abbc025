import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createOrganisation, editOrganisation, getOrganisation, organisationsOfUser } from '../../app/organisations.ts';
import { organisationOverview } from '../../app/read-accounts.ts';
import { AsOfQuerySchema, CreateOrganisationSchema, EditOrganisationSchema, MyOrganisationSchema, OrganisationSchema, OverviewSchema, pageOf } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const list = createRoute(
  secured('authenticated', {
    method: 'get',
    path: '/organisations',
    tags: ['Organisations'],
    summary: 'List organisations',
    responses: { 200: jsonResponse(pageOf(MyOrganisationSchema, 'OrganisationPage'), 'The organisations you belong to, with your role'), ...errorResponses },
  }),
);

const create = createRoute(
  secured('signed-in', {
    method: 'post',
    path: '/organisations',
    tags: ['Organisations'],
    summary: 'Create an organisation',
    description: 'Starts with parameter version 1, the model defaults.',
    request: { body: jsonBody(CreateOrganisationSchema) },
    responses: { 201: jsonResponse(MyOrganisationSchema, 'The organisation created; you are its owner'), ...errorResponses },
  }),
);

const get = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}',
    tags: ['Organisations'],
    summary: 'Get an organisation',
    request: { params: OrganisationParams },
    responses: { 200: jsonResponse(OrganisationSchema, 'The organisation'), ...errorResponses },
  }),
);

const edit = createRoute(
  secured('owner', {
    method: 'patch',
    path: '/organisations/{organisationId}',
    tags: ['Organisations'],
    summary: 'Rename an organisation or change its time zone',
    description: 'The time zone decides what "today" is from now on; recorded dates do not move.',
    request: { params: OrganisationParams, body: jsonBody(EditOrganisationSchema) },
    responses: { 200: jsonResponse(OrganisationSchema, 'The organisation as it is now'), ...errorResponses },
  }),
);

const overview = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/overview',
    tags: ['Organisations'],
    summary: 'Organisation overview',
    description: 'Per direction: importance-weighted trust level and balance in total, per level and per category.',
    request: { params: OrganisationParams, query: AsOfQuerySchema },
    responses: { 200: jsonResponse(OverviewSchema, 'The overview'), ...errorResponses },
  }),
);

export function organisationRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => {
    const principal = c.var.principal!;
    const items =
      principal.kind === 'user'
        ? await organisationsOfUser(c.var.ctx, principal.user.id)
        : [{ ...(await getOrganisation(c.var.ctx, principal.token.organisationId)), role: principal.token.role }];
    return c.json({ items, nextCursor: null }, 200);
  });
  api.openapi(create, async (c) => {
    const ownerUserId = c.var.principal?.kind === 'user' ? c.var.principal.user.id : undefined;
    const organisation = await createOrganisation(c.var.ctx, { ...c.req.valid('json'), ownerUserId });
    return c.json({ ...organisation, role: 'owner' as const }, 201);
  });
  api.openapi(get, async (c) => c.json(await getOrganisation(c.var.ctx, c.req.valid('param').organisationId), 200));
  api.openapi(edit, async (c) => c.json(await editOrganisation(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 200));
  api.openapi(overview, async (c) => {
    const { organisationId } = c.req.valid('param');
    return c.json(await organisationOverview(c.var.ctx, organisationId, c.req.valid('query')), 200);
  });
}
