import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listEntries } from '../../app/list-entries.ts';
import { recordEntry, reverseEntry } from '../../app/record-entries.ts';
import {
  CreateEntrySchema,
  EntrySchema,
  IdSchema,
  LedgerLineSchema,
  PageQuerySchema,
  ReverseEntrySchema,
  pageOf,
} from '../schemas.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';
import type { ApiEnv } from '../api-env.ts';

const AccountParams = OrganisationParams.extend({ accountId: IdSchema });

const listRoute = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/accounts/{accountId}/entries',
    tags: ['Entries'],
    summary: "An account's ledger, newest first",
    request: { params: AccountParams, query: PageQuerySchema },
    responses: { 200: jsonResponse(pageOf(LedgerLineSchema, 'LedgerPage'), 'One page of entries'), ...errorResponses },
  }),
);

const recordRoute = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/entries',
    tags: ['Entries'],
    summary: 'Record a deposit or a withdrawal',
    request: { params: OrganisationParams, body: jsonBody(CreateEntrySchema) },
    responses: { 201: jsonResponse(EntrySchema, 'The entry recorded'), ...errorResponses },
  }),
);

const reverseRoute = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/entries/{entryId}/reversal',
    tags: ['Entries'],
    summary: 'Reverse an entry',
    description:
      'Records a reversing entry that names this one. Both stay in the ledger; the pair drops out of every figure. An entry can be reversed once; a reversal cannot be reversed.',
    request: { params: OrganisationParams.extend({ entryId: IdSchema }), body: jsonBody(ReverseEntrySchema) },
    responses: { 201: jsonResponse(EntrySchema, 'The reversing entry'), ...errorResponses, ...conflictResponse },
  }),
);

export function entryRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(listRoute, async (c) => {
    const { organisationId, accountId } = c.req.valid('param');
    const { entries, nextCursor } = await listEntries(c.var.ctx, organisationId, accountId, c.req.valid('query'));
    return c.json({ items: entries, nextCursor }, 200);
  });
  api.openapi(recordRoute, async (c) => {
    return c.json(await recordEntry(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201);
  });
  api.openapi(reverseRoute, async (c) => {
    const { organisationId, entryId } = c.req.valid('param');
    return c.json(await reverseEntry(c.var.ctx, organisationId, entryId, c.req.valid('json')), 201);
  });
}
