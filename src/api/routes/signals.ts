import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { acknowledgeSignal, signalInbox } from '../../app/signals.ts';
import { AcknowledgementSchema, AsOfQuerySchema, InboxItemSchema } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const inbox = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/signals',
    tags: ['Signals'],
    summary: 'What needs attention',
    description: 'Every signal across the organisation, most important stakeholder and most severe first. Acknowledged signals are left out unless asked for.',
    request: {
      params: OrganisationParams,
      query: AsOfQuerySchema.extend({
        includeAcknowledged: z
          .enum(['true', 'false'])
          .optional()
          .transform((v) => v === 'true'),
      }),
    },
    responses: {
      200: jsonResponse(
        z
          .object({
            asOf: z.string(),
            parameterVersion: z.number().int().openapi({ description: 'The parameter version the signals were computed under' }),
            items: z.array(InboxItemSchema),
          })
          .openapi('Inbox'),
        'The inbox',
      ),
      ...errorResponses,
    },
  }),
);

const acknowledge = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/signals/acknowledgements',
    tags: ['Signals'],
    summary: 'Acknowledge a signal',
    description: 'Recorded, never deleted. The signal stays hidden until its cause grows beyond its present measure.',
    request: {
      params: OrganisationParams,
      body: jsonBody(
        z.object({ key: z.string().min(1).max(300), note: z.string().max(1000).optional() }).openapi('AcknowledgeSignal'),
      ),
    },
    responses: { 201: jsonResponse(AcknowledgementSchema, 'The acknowledgement'), ...errorResponses },
  }),
);

export function signalRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(inbox, async (c) => c.json(await signalInbox(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('query')), 200));
  api.openapi(acknowledge, async (c) => c.json(await acknowledgeSignal(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
}
