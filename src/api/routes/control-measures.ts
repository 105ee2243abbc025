import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  addControlMeasure,
  changeControlMeasure,
  endControlMeasure,
  organisationControlMeasures,
  relationControlMeasures,
} from '../../app/control-measures.ts';
import type { ApiEnv } from '../api-env.ts';
import {
  AddControlMeasureSchema,
  ChangeControlMeasureSchema,
  ControlMeasureListSchema,
  ControlMeasureSchema,
  EndControlMeasureSchema,
} from '../control-measure-schemas.ts';
import { IdSchema } from '../schemas.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';

const RelationParams = OrganisationParams.extend({ relationId: IdSchema });
const MeasureParams = RelationParams.extend({ measureId: IdSchema });
const tags = ['Control measures'];
const path = '/organisations/{organisationId}/relations/{relationId}/control-measures';

const listAll = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/control-measures',
    tags,
    summary: 'The control measures register of every relation',
    request: { params: OrganisationParams },
    responses: { 200: jsonResponse(ControlMeasureListSchema, 'Measures, oldest start first, ended ones included'), ...errorResponses },
  }),
);
const list = createRoute(
  secured('viewer', {
    method: 'get',
    path,
    tags,
    summary: 'The control measures of one relation',
    request: { params: RelationParams },
    responses: { 200: jsonResponse(ControlMeasureListSchema, 'Measures, oldest start first, ended ones included'), ...errorResponses },
  }),
);
const add = createRoute(
  secured('editor', {
    method: 'post',
    path,
    tags,
    summary: 'Register a control measure: its kind and yearly cost',
    request: { params: RelationParams, body: jsonBody(AddControlMeasureSchema) },
    responses: { 201: jsonResponse(ControlMeasureSchema, 'The measure'), ...errorResponses },
  }),
);
const change = createRoute(
  secured('editor', {
    method: 'patch',
    path: `${path}/{measureId}`,
    tags,
    summary: 'Correct a control measure; the earlier version is kept in its history',
    request: { params: MeasureParams, body: jsonBody(ChangeControlMeasureSchema) },
    responses: { 200: jsonResponse(ControlMeasureSchema, 'The measure'), ...errorResponses },
  }),
);
const end = createRoute(
  secured('editor', {
    method: 'post',
    path: `${path}/{measureId}/end`,
    tags,
    summary: 'End a control measure; it stays in the register',
    request: { params: MeasureParams, body: jsonBody(EndControlMeasureSchema) },
    responses: { 200: jsonResponse(ControlMeasureSchema, 'The measure'), ...conflictResponse, ...errorResponses },
  }),
);

export function controlMeasureRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(listAll, async (c) => c.json({ items: await organisationControlMeasures(c.var.ctx, c.req.valid('param').organisationId) }, 200));
  api.openapi(list, async (c) => {
    const { organisationId, relationId } = c.req.valid('param');
    return c.json({ items: await relationControlMeasures(c.var.ctx, organisationId, relationId) }, 200);
  });
  api.openapi(add, async (c) => {
    const { organisationId, relationId } = c.req.valid('param');
    return c.json(await addControlMeasure(c.var.ctx, organisationId, relationId, c.req.valid('json')), 201);
  });
  api.openapi(change, async (c) => {
    const { organisationId, relationId, measureId } = c.req.valid('param');
    return c.json(await changeControlMeasure(c.var.ctx, organisationId, relationId, measureId, c.req.valid('json')), 200);
  });
  api.openapi(end, async (c) => {
    const { organisationId, relationId, measureId } = c.req.valid('param');
    return c.json(await endControlMeasure(c.var.ctx, organisationId, relationId, measureId, c.req.valid('json').endedOn), 200);
  });
}
