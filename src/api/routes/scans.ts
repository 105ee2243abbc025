import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stringify } from 'csv-stringify/sync';
import { paginate } from '../../app/cursor.ts';
import { availableInstruments, copyInstrument, getInstrument, reviseInstrument } from '../../app/instruments.ts';
import { bookScan, unbookScan } from '../../app/scan-booking.ts';
import { issueScanInvitations } from '../../app/scan-invitations.ts';
import { scanResult, type ScanResult } from '../../app/scan-results.ts';
import { closeScan, createScan, editScan, getScan, listOrganisationScans, openScan } from '../../app/scans.ts';
import { DIMENSIONS, FOUNDATIONS } from '../../domain/vocabulary.ts';
import {
  CopyInstrumentSchema,
  CreateScanSchema,
  EditScanSchema,
  InstrumentSchema,
  InvitationFormatQuerySchema,
  IssuedInvitationsSchema,
  IssueInvitationsSchema,
  ResultQuerySchema,
  ReviseInstrumentSchema,
  ScanResultSchema,
  ScanSchema,
  UnbookSchema,
} from '../scan-schemas.ts';
import { IdSchema, PageQuerySchema, pageOf } from '../schemas.ts';
import type { ApiEnv } from '../api-env.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';

const InstrumentParams = OrganisationParams.extend({ instrumentId: IdSchema });
const ScanParams = OrganisationParams.extend({ scanId: IdSchema });

const listInstruments = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/instruments',
    tags: ['Trust scans'],
    summary: 'List the instruments a scan can use',
    description: 'The three standard instruments (received, given, self), then the newest version of each of the organisation’s own.',
    request: { params: OrganisationParams },
    responses: { 200: jsonResponse(z.object({ items: z.array(InstrumentSchema) }), 'The instruments'), ...errorResponses },
  }),
);

const getOneInstrument = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/instruments/{instrumentId}',
    tags: ['Trust scans'],
    summary: 'Get an instrument',
    request: { params: InstrumentParams },
    responses: { 200: jsonResponse(InstrumentSchema, 'The instrument'), ...errorResponses },
  }),
);

const copy = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/instruments',
    tags: ['Trust scans'],
    summary: 'Copy an instrument to adapt it',
    description: 'The copy keeps the statements’ ids and foundations (two per foundation); only the wording changes.',
    request: { params: OrganisationParams, body: jsonBody(CopyInstrumentSchema) },
    responses: { 201: jsonResponse(InstrumentSchema, 'Version 1 of the new instrument'), ...errorResponses },
  }),
);

const revise = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/instruments/{instrumentId}/versions',
    tags: ['Trust scans'],
    summary: 'Adapt an instrument: a new version',
    description: 'Earlier versions, and the scans that froze them, stay as they were.',
    request: { params: InstrumentParams, body: jsonBody(ReviseInstrumentSchema) },
    responses: { 201: jsonResponse(InstrumentSchema, 'The new version'), ...errorResponses },
  }),
);

const list = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/scans',
    tags: ['Trust scans'],
    summary: 'List trust scans',
    request: { params: OrganisationParams, query: PageQuerySchema },
    responses: { 200: jsonResponse(pageOf(ScanSchema, 'ScanPage'), 'Scans, newest first'), ...errorResponses },
  }),
);

const create = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/scans',
    tags: ['Trust scans'],
    summary: 'Prepare a trust scan (a draft)',
    description: 'The scan freezes the instrument it uses. It opens today and closes 21 days later unless dates are given.',
    request: { params: OrganisationParams, body: jsonBody(CreateScanSchema) },
    responses: { 201: jsonResponse(ScanSchema, 'The draft'), ...errorResponses },
  }),
);

const get = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/scans/{scanId}',
    tags: ['Trust scans'],
    summary: 'Get a trust scan, with how many have answered',
    request: { params: ScanParams },
    responses: { 200: jsonResponse(ScanSchema, 'The scan'), ...errorResponses },
  }),
);

const edit = createRoute(
  secured('editor', {
    method: 'patch',
    path: '/organisations/{organisationId}/scans/{scanId}',
    tags: ['Trust scans'],
    summary: 'Change a draft scan',
    request: { params: ScanParams, body: jsonBody(EditScanSchema) },
    responses: { 200: jsonResponse(ScanSchema, 'The draft as it is now'), ...conflictResponse, ...errorResponses },
  }),
);

const transition = (action: 'open' | 'close' | 'book', summary: string, description: string) =>
  createRoute(
    secured('editor', {
      method: 'post',
      path: `/organisations/{organisationId}/scans/{scanId}/${action}`,
      tags: ['Trust scans'],
      summary,
      description,
      request: { params: ScanParams },
      responses: { 200: jsonResponse(ScanSchema, 'The scan'), ...conflictResponse, ...errorResponses },
    }),
  );
const open = transition('open', 'Open a draft for answers', 'From now on its group, instrument and threshold are fixed.');
const close = transition('close', 'Close an open scan', 'Its links stop working and its results can be read.');
const book = transition(
  'book',
  'Book a closed scan’s result in the ledger',
  'One `survey` entry per foundation on every account the scan measured; undo with /unbook.',
);

const unbook = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/scans/{scanId}/unbook',
    tags: ['Trust scans'],
    summary: 'Withdraw a scan’s booking',
    description: 'Every entry the booking made is reversed, in one transaction.',
    request: { params: ScanParams, body: { ...jsonBody(UnbookSchema), required: false } },
    responses: { 200: jsonResponse(ScanSchema, 'The scan'), ...conflictResponse, ...errorResponses },
  }),
);

const invite = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/scans/{scanId}/invitations',
    tags: ['Trust scans'],
    summary: 'Make single-use links to answer a scan',
    description: 'The links are shown this once (only hashes are kept). `format=csv` answers with a CSV of the links.',
    request: { params: ScanParams, query: InvitationFormatQuerySchema, body: jsonBody(IssueInvitationsSchema) },
    responses: {
      201: {
        content: { 'application/json': { schema: IssuedInvitationsSchema }, 'text/csv': { schema: z.string() } },
        description: 'The links',
      },
      ...conflictResponse,
      ...errorResponses,
    },
  }),
);

const results = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/scans/{scanId}/results',
    tags: ['Trust scans'],
    summary: 'Read a closed scan’s results',
    description:
      'Per foundation and dimension, measured beside observed and fused. Anonymity is enforced here: no figure below the minimum of responses, no comment below 8, and no part of the group that could be worked out by subtraction (409).',
    request: { params: ScanParams, query: ResultQuerySchema },
    responses: {
      200: {
        content: { 'application/json': { schema: ScanResultSchema }, 'text/csv': { schema: z.string() } },
        description: 'The results, as far as they may be shown',
      },
      ...conflictResponse,
      ...errorResponses,
    },
  }),
);

/** The address a respondent opens: the web application's answering page. */
const respondUrl = (c: Context, token: string) => `${new URL(c.req.url).origin}/respond/${token}`;

function csv(c: Context, rows: unknown[][], filename: string) {
  return c.body(stringify(rows), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
  });
}

/** The result as a table of figures: one row per foundation, dimension and overall. */
function resultRows(result: ScanResult): unknown[][] {
  const header = ['group', 'name', 'responses', 'mean', 'favourable', 'answered_1', 'answered_2', 'answered_3', 'answered_4', 'answered_5'];
  const figures = result.figures;
  if (!figures) return [header];
  const row = (group: string, name: string, s: (typeof figures.byFoundation)[keyof typeof figures.byFoundation]) =>
    s ? [group, name, s.count, s.mean.toFixed(2), s.favourable.toFixed(2), ...s.distribution] : [group, name, 0];
  return [
    header,
    ...FOUNDATIONS.map((f) => row('foundation', f, figures.byFoundation[f])),
    ...DIMENSIONS.map((d) => row('dimension', d, figures.byDimension[d])),
    row('overall', 'overall', figures.overall),
  ];
}

export function scanRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(listInstruments, async (c) => c.json({ items: await availableInstruments(c.var.ctx, c.req.valid('param').organisationId) }, 200));
  api.openapi(getOneInstrument, async (c) => {
    const { organisationId, instrumentId } = c.req.valid('param');
    return c.json(await getInstrument(c.var.ctx, organisationId, instrumentId), 200);
  });
  api.openapi(copy, async (c) => c.json(await copyInstrument(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
  api.openapi(revise, async (c) => {
    const { organisationId, instrumentId } = c.req.valid('param');
    return c.json(await reviseInstrument(c.var.ctx, organisationId, instrumentId, c.req.valid('json')), 201);
  });
  api.openapi(list, async (c) => {
    const scans = await listOrganisationScans(c.var.ctx, c.req.valid('param').organisationId);
    return c.json(paginate(scans, (s) => [s.createdAt, s.id], c.req.valid('query'), 'descending'), 200);
  });
  api.openapi(create, async (c) => c.json(await createScan(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
  api.openapi(get, async (c) => {
    const { organisationId, scanId } = c.req.valid('param');
    return c.json(await getScan(c.var.ctx, organisationId, scanId), 200);
  });
  api.openapi(edit, async (c) => {
    const { organisationId, scanId } = c.req.valid('param');
    return c.json(await editScan(c.var.ctx, organisationId, scanId, c.req.valid('json')), 200);
  });
  for (const [route, act] of [
    [open, openScan],
    [close, closeScan],
    [book, bookScan],
  ] as const) {
    api.openapi(route, async (c) => {
      const { organisationId, scanId } = c.req.valid('param');
      return c.json(await act(c.var.ctx, organisationId, scanId), 200);
    });
  }
  api.openapi(unbook, async (c) => {
    const { organisationId, scanId } = c.req.valid('param');
    const body = (await c.req.json().catch(() => ({}))) as { reason?: string };
    return c.json(await unbookScan(c.var.ctx, organisationId, scanId, typeof body.reason === 'string' ? body.reason : undefined), 200);
  });
  api.openapi(invite, async (c) => {
    const { organisationId, scanId } = c.req.valid('param');
    const issued = await issueScanInvitations(c.var.ctx, organisationId, scanId, c.req.valid('json'));
    const links = issued.tokens.map((token) => ({ token, url: respondUrl(c, token) }));
    if (c.req.valid('query').format === 'csv') {
      return csv(c, [['link', 'segment'], ...links.map((l) => [l.url, issued.segment ?? ''])], `scan-${scanId}-links.csv`) as never;
    }
    return c.json({ scanId, segment: issued.segment, links }, 201);
  });
  api.openapi(results, async (c) => {
    const { organisationId, scanId } = c.req.valid('param');
    const query = c.req.valid('query');
    const segments = query.segments?.split(',').map((s) => s.trim()).filter((s) => s.length > 0) ?? [];
    const result = await scanResult(c.var.ctx, organisationId, scanId, { segments });
    if (query.format === 'csv') return csv(c, resultRows(result), `scan-${scanId}-results.csv`) as never;
    return c.json(result, 200);
  });
}
