import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { changeParameters, getParameterHistory } from '../../app/parameters.ts';
import { PARAMETER_EXPLANATIONS } from '../../domain/parameter-explanations.ts';
import { DEFAULT_PARAMETERS, PARAMETER_LIMITS } from '../../domain/parameters.ts';
import { LocalizedSchema } from '../schemas.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const ParametersSchema = z
  .object({
    depositHalfLifeDays: z.number(),
    withdrawalHalfLifeDays: z.number(),
    withdrawalWeight: z.number(),
    intentionalFactor: z.number(),
    priorWeight: z.number(),
    baseRate: z.number(),
    baseRateByCategory: z.record(z.string(), z.number()),
  })
  .openapi('Parameters');

const ParameterVersionSchema = z
  .object({ version: z.number().int(), parameters: ParametersSchema, note: z.string(), createdAt: z.string() })
  .openapi('ParameterVersion');

const ParameterHistorySchema = z
  .object({
    current: ParameterVersionSchema,
    versions: z.array(ParameterVersionSchema).openapi({ description: 'Newest first' }),
    defaults: ParametersSchema,
    limits: z.record(z.string(), z.object({ min: z.number(), max: z.number() })),
    explanations: z.record(z.string(), LocalizedSchema),
  })
  .openapi('ParameterHistory');

const limit = (name: keyof typeof PARAMETER_LIMITS) => z.number().min(PARAMETER_LIMITS[name].min).max(PARAMETER_LIMITS[name].max).optional();

const ChangeParametersSchema = z
  .object({
    changes: z
      .object({
        depositHalfLifeDays: limit('depositHalfLifeDays'),
        withdrawalHalfLifeDays: limit('withdrawalHalfLifeDays'),
        withdrawalWeight: limit('withdrawalWeight'),
        intentionalFactor: limit('intentionalFactor'),
        priorWeight: limit('priorWeight'),
        baseRate: limit('baseRate'),
        baseRateByCategory: z
          .record(z.string(), z.number().min(PARAMETER_LIMITS.baseRate.min).max(PARAMETER_LIMITS.baseRate.max))
          .optional()
          .openapi({ description: 'Replaces the whole map; e.g. { "suppliers": 0.6 }' }),
      })
      .strict(),
    note: z.string().trim().min(1).max(500).openapi({ description: 'Why the parameters change' }),
  })
  .openapi('ChangeParameters');

const history = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/parameters',
    tags: ['Parameters'],
    summary: 'The parameters, their history and what each means',
    request: { params: OrganisationParams },
    responses: { 200: jsonResponse(ParameterHistorySchema, 'Current parameters and every version'), ...errorResponses },
  }),
);

const change = createRoute(
  secured('owner', {
    method: 'post',
    path: '/organisations/{organisationId}/parameters',
    tags: ['Parameters'],
    summary: 'Change parameters (a new version)',
    description: 'Records a new version and rescales the running sums to it. Earlier versions stay available for any figure.',
    request: { params: OrganisationParams, body: jsonBody(ChangeParametersSchema) },
    responses: { 201: jsonResponse(ParameterVersionSchema, 'The new version'), ...errorResponses, ...conflictResponse },
  }),
);

export function parameterRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(history, async (c) => {
    const { current, versions } = await getParameterHistory(c.var.ctx, c.req.valid('param').organisationId);
    return c.json(
      { current, versions, defaults: DEFAULT_PARAMETERS, limits: PARAMETER_LIMITS, explanations: PARAMETER_EXPLANATIONS },
      200,
    );
  });
  api.openapi(change, async (c) => c.json(await changeParameters(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
}
