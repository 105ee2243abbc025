import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { paginate } from '../../app/cursor.ts';
import { readRelation, readRelations } from '../../app/read-accounts.ts';
import { addRelation } from '../../app/relations.ts';
import { ArchivedQuerySchema, AsOfQuerySchema, CreateRelationSchema, CreatedRelationSchema, IdSchema, PageQuerySchema, RelationSchema, pageOf } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const list = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/relations',
    tags: ['Relations'],
    summary: 'List relations with both accounts read',
    description:
      'Ordered by stakeholder name. Each relation carries its stakeholder and the reading of its received and given accounts. Relations of archived stakeholders only with `archived=include`.',
    request: { params: OrganisationParams, query: PageQuerySchema.extend(AsOfQuerySchema.shape).extend(ArchivedQuerySchema.shape) },
    responses: { 200: jsonResponse(pageOf(RelationSchema, 'RelationPage'), 'Relations'), ...errorResponses },
  }),
);

const create = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/relations',
    tags: ['Relations'],
    summary: 'Add a relation to a stakeholder',
    description: 'Opens the two trust accounts of the relation: received (their trust in us) and given (ours in them).',
    request: { params: OrganisationParams, body: jsonBody(CreateRelationSchema) },
    responses: { 201: jsonResponse(CreatedRelationSchema, 'The relation with the ids of its accounts'), ...errorResponses },
  }),
);

const get = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/relations/{relationId}',
    tags: ['Relations'],
    summary: 'Get a relation with both accounts read',
    request: { params: OrganisationParams.extend({ relationId: IdSchema }), query: AsOfQuerySchema },
    responses: { 200: jsonResponse(RelationSchema, 'The relation'), ...errorResponses },
  }),
);

export function relationRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => {
    const { asOf, parameterVersion, archived, ...page } = c.req.valid('query');
    const { relations } = await readRelations(c.var.ctx, c.req.valid('param').organisationId, {
      asOf,
      parameterVersion,
      includeArchived: archived === 'include',
    });
    return c.json(paginate(relations, (r) => [r.stakeholder.name, r.id], page), 200);
  });
  api.openapi(create, async (c) => c.json(await addRelation(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
  api.openapi(get, async (c) => {
    const { organisationId, relationId } = c.req.valid('param');
    return c.json(await readRelation(c.var.ctx, organisationId, relationId, c.req.valid('query')), 200);
  });
}
