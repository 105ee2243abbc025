import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { overridePhase } from '../../app/phase-overrides.ts';
import { getAccount } from '../../app/read-accounts.ts';
import { readAccountTrend, readGroupTrends, TREND_GROUPINGS } from '../../app/trends.ts';
import { DIRECTIONS, PHASES } from '../../domain/vocabulary.ts';
import { AccountReadingSchema, AccountSchema, AsOfQuerySchema, GroupFiguresSchema, IdSchema, IsoDateSchema } from '../schemas.ts';
import { errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const AccountParams = OrganisationParams.extend({ accountId: IdSchema });

const TrendQuerySchema = z.object({
  from: IsoDateSchema.optional().openapi({ description: 'First month; defaults to eleven months before `to`' }),
  to: IsoDateSchema.optional().openapi({ description: 'Last point; defaults to today' }),
  parameterVersion: AsOfQuerySchema.shape.parameterVersion,
});

const getAccountRoute = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/accounts/{accountId}',
    tags: ['Accounts'],
    summary: 'Read a trust account',
    description:
      'Evidence, balance, opinion, trust level and band; the tripod with compensation advice and behaviour keys; the phase (inferred and any override); the last entry.',
    request: { params: AccountParams, query: AsOfQuerySchema },
    responses: { 200: jsonResponse(AccountSchema, 'The account read'), ...errorResponses },
  }),
);

const overrideRoute = createRoute(
  secured('editor', {
    method: 'put',
    path: '/organisations/{organisationId}/accounts/{accountId}/phase-override',
    tags: ['Accounts'],
    summary: 'Override the phase of an account',
    description: 'Kept beside the inferred phase, which stays visible. `phase: null` lifts the override.',
    request: {
      params: AccountParams,
      body: jsonBody(
        z
          .object({ phase: z.enum(PHASES).nullable(), reason: z.string().trim().min(1).max(1000) })
          .openapi('PhaseOverrideRequest'),
      ),
    },
    responses: { 200: jsonResponse(AccountSchema, 'The account read with the override'), ...errorResponses },
  }),
);

const accountTrendRoute = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/accounts/{accountId}/trend',
    tags: ['Trends'],
    summary: "An account's reading at every month end",
    request: { params: AccountParams, query: TrendQuerySchema },
    responses: {
      200: jsonResponse(
        z
          .object({
            accountId: z.string(),
            parameterVersion: z.number().int(),
            dates: z.array(z.string()),
            points: z.array(AccountReadingSchema),
          })
          .openapi('AccountTrend'),
        'One reading per month end',
      ),
      ...errorResponses,
    },
  }),
);

const groupTrendRoute = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/trend',
    tags: ['Trends'],
    summary: 'Group figures at every month end',
    description: 'Importance-weighted trust level and balance of the organisation, or per level or category, in one direction.',
    request: {
      params: OrganisationParams,
      query: TrendQuerySchema.extend({
        direction: z.enum(DIRECTIONS).default('received'),
        groupBy: z.enum(TREND_GROUPINGS).default('organisation'),
      }),
    },
    responses: {
      200: jsonResponse(
        z
          .object({
            direction: z.enum(DIRECTIONS),
            groupBy: z.enum(TREND_GROUPINGS),
            parameterVersion: z.number().int(),
            dates: z.array(z.string()),
            groups: z.record(z.string(), z.array(GroupFiguresSchema)),
          })
          .openapi('GroupTrends'),
        'Figures per group and month end',
      ),
      ...errorResponses,
    },
  }),
);

export function accountRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(getAccountRoute, async (c) => {
    const { organisationId, accountId } = c.req.valid('param');
    return c.json(await getAccount(c.var.ctx, organisationId, accountId, c.req.valid('query')), 200);
  });
  api.openapi(overrideRoute, async (c) => {
    const { organisationId, accountId } = c.req.valid('param');
    await overridePhase(c.var.ctx, organisationId, accountId, c.req.valid('json'));
    return c.json(await getAccount(c.var.ctx, organisationId, accountId), 200);
  });
  api.openapi(accountTrendRoute, async (c) => {
    const { organisationId, accountId } = c.req.valid('param');
    return c.json(await readAccountTrend(c.var.ctx, organisationId, accountId, c.req.valid('query')), 200);
  });
  api.openapi(groupTrendRoute, async (c) => c.json(await readGroupTrends(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('query')), 200));
}
