import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { acknowledgeSignal, signalInbox } from '../../app/signals.ts';
import { SEVERITIES, SIGNAL_KINDS } from '../../domain/signals.ts';
import { DIMENSIONS } from '../../domain/vocabulary.ts';
import { IsoDateSchema, LocalizedSchema } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const AcknowledgementSchema = z
  .object({ key: z.string(), measure: z.number(), note: z.string(), acknowledgedAt: z.string() })
  .openapi('Acknowledgement');

const InboxItemSchema = z
  .object({
    key: z.string().openapi({ description: 'Stable identity of the cause; what an acknowledgement names' }),
    kind: z.enum(SIGNAL_KINDS),
    severity: z.enum(SEVERITIES),
    measure: z.number().openapi({ description: 'How big the cause is; an acknowledged signal returns when it grows' }),
    stakeholderId: z.string().nullable(),
    relationId: z.string().nullable(),
    accountId: z.string().nullable(),
    accountIds: z.array(z.string()),
    importance: z.number().int(),
    foundation: z.string().nullable(),
    dimension: z.enum(DIMENSIONS).nullable(),
    evidence: z.array(z.string()).openapi({ description: 'Ids of the entries behind the signal' }),
    facts: z.record(z.string(), z.union([z.number(), z.string()])),
    title: LocalizedSchema,
    action: LocalizedSchema.openapi({ description: 'Suggested action' }),
    acknowledged: AcknowledgementSchema.nullable(),
  })
  .openapi('Signal');

const inbox = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/signals',
    tags: ['Signals'],
    summary: 'What needs attention',
    description: 'Every signal across the organisation, most important stakeholder and most severe first. Acknowledged signals are left out unless asked for.',
    request: {
      params: OrganisationParams,
      query: z.object({
        asOf: IsoDateSchema.optional(),
        includeAcknowledged: z
          .enum(['true', 'false'])
          .optional()
          .transform((v) => v === 'true'),
      }),
    },
    responses: { 200: jsonResponse(z.object({ items: z.array(InboxItemSchema) }).openapi('Inbox'), 'The inbox'), ...errorResponses },
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
  api.openapi(inbox, async (c) => c.json({ items: await signalInbox(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('query')) }, 200));
  api.openapi(acknowledge, async (c) => c.json(await acknowledgeSignal(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
}
