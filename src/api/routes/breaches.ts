import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { breachFromSignal } from '../../app/breach-from-signal.ts';
import { getBreach, listBreaches, moveBreach, planRepair, recordBreach, recordRepairDeposit, respondToBreach, type RepairPlanInput } from '../../app/breaches.ts';
import { paginate } from '../../app/cursor.ts';
import type { ApiEnv } from '../api-env.ts';
import {
  BreachFromSignalSchema,
  BreachListQuerySchema,
  BreachSchema,
  MoveBreachSchema,
  RecordBreachSchema,
  RepairDepositSchema,
  RepairPlanSchema,
  RespondSchema,
} from '../breach-schemas.ts';
import { IdSchema, PageQuerySchema, pageOf } from '../schemas.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';

const BreachParams = OrganisationParams.extend({ breachId: IdSchema });
const tags = ['Breach and repair'];

const list = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/breaches',
    tags,
    summary: 'List breaches of trust, with their recovery',
    request: { params: OrganisationParams, query: PageQuerySchema.merge(BreachListQuerySchema) },
    responses: { 200: jsonResponse(pageOf(BreachSchema, 'BreachPage'), 'Breaches, newest first'), ...errorResponses },
  }),
);
const record = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/breaches',
    tags,
    summary: 'Record a breach of trust on a relation',
    description: 'Names withdrawals already in the ledger, records new ones with it, or both — in one transaction.',
    request: { params: OrganisationParams, body: jsonBody(RecordBreachSchema) },
    responses: { 201: jsonResponse(BreachSchema, 'The breach'), ...conflictResponse, ...errorResponses },
  }),
);
const fromSignal = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/breaches/from-signal',
    tags,
    summary: 'Turn accumulating small incidents into a breach',
    description: 'The breach names the signal’s withdrawals; the signal is acknowledged and returns if further incidents follow.',
    request: { params: OrganisationParams, body: jsonBody(BreachFromSignalSchema) },
    responses: { 201: jsonResponse(BreachSchema, 'The breach'), ...conflictResponse, ...errorResponses },
  }),
);
const getOne = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/breaches/{breachId}',
    tags,
    summary: 'Read a breach: its entries, guidance and recovery',
    request: { params: BreachParams },
    responses: { 200: jsonResponse(BreachSchema, 'The breach'), ...errorResponses },
  }),
);
const plan = createRoute(
  secured('editor', {
    method: 'patch',
    path: '/organisations/{organisationId}/breaches/{breachId}/plan',
    tags,
    summary: 'Plan the repair: apology elements, repair actions, follow-up date',
    request: { params: BreachParams, body: jsonBody(RepairPlanSchema) },
    responses: { 200: jsonResponse(BreachSchema, 'The breach'), ...conflictResponse, ...errorResponses },
  }),
);
const repair = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/breaches/{breachId}/repairs',
    tags,
    summary: 'Record a deposit made as repair',
    description: 'A deposit with source `repair` on the damaged account, linked to the breach; an open breach is then in repair.',
    request: { params: BreachParams, body: jsonBody(RepairDepositSchema) },
    responses: { 201: jsonResponse(BreachSchema, 'The breach'), ...conflictResponse, ...errorResponses },
  }),
);
const respond = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/breaches/{breachId}/response',
    tags,
    summary: 'Choose how to respond to their breach: address, accept, complain or leave',
    description: 'Leaving ends the relation: its stakeholder is archived and its history kept.',
    request: { params: BreachParams, body: jsonBody(RespondSchema) },
    responses: { 200: jsonResponse(BreachSchema, 'The breach'), ...conflictResponse, ...errorResponses },
  }),
);
const move = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/breaches/{breachId}/status',
    tags,
    summary: 'Move a breach on: in repair, restored, or relation ended',
    description: 'A move that skips a step (open → restored) or leaves a settled breach is refused (409).',
    request: { params: BreachParams, body: jsonBody(MoveBreachSchema) },
    responses: { 200: jsonResponse(BreachSchema, 'The breach'), ...conflictResponse, ...errorResponses },
  }),
);

export function breachRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => {
    const { relationId, status, ...page } = c.req.valid('query');
    const breaches = await listBreaches(c.var.ctx, c.req.valid('param').organisationId, { relationId, status });
    return c.json(paginate(breaches, (b) => [b.occurredOn, b.id], page, 'descending'), 200);
  });
  api.openapi(record, async (c) => c.json(await recordBreach(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
  api.openapi(fromSignal, async (c) => c.json(await breachFromSignal(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
  api.openapi(getOne, async (c) => {
    const { organisationId, breachId } = c.req.valid('param');
    return c.json(await getBreach(c.var.ctx, organisationId, breachId), 200);
  });
  api.openapi(plan, async (c) => {
    const { organisationId, breachId } = c.req.valid('param');
    return c.json(await planRepair(c.var.ctx, organisationId, breachId, c.req.valid('json') as RepairPlanInput), 200);
  });
  api.openapi(repair, async (c) => {
    const { organisationId, breachId } = c.req.valid('param');
    return c.json(await recordRepairDeposit(c.var.ctx, organisationId, breachId, c.req.valid('json')), 201);
  });
  api.openapi(respond, async (c) => {
    const { organisationId, breachId } = c.req.valid('param');
    return c.json(await respondToBreach(c.var.ctx, organisationId, breachId, c.req.valid('json')), 200);
  });
  api.openapi(move, async (c) => {
    const { organisationId, breachId } = c.req.valid('param');
    return c.json(await moveBreach(c.var.ctx, organisationId, breachId, c.req.valid('json')), 200);
  });
}
