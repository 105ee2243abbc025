import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { exportCsv } from '../../app/csv-export.ts';
import { importCsv, type CsvFiles } from '../../app/csv-import.ts';
import { CSV_KINDS } from '../../app/csv-read.ts';
import type { ApiEnv } from '../api-env.ts';
import { CsvExportParams, CsvImportFormSchema, CsvImportQuerySchema, CsvImportSummarySchema } from '../csv-schemas.ts';
import { conflictResponse, errorResponses, jsonResponse, OrganisationParams, secured } from './common.ts';

const importFiles = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/imports/csv',
    tags: ['Exchange'],
    summary: 'Import stakeholders, relations and entries from CSV',
    description:
      'A `multipart/form-data` upload with the parts `stakeholders`, `relations` and `entries` (any of them; the bytes are kept, so the encoding can be checked). All or nothing: a refusal (400) lists every issue, its `field` being `file:line:column`. `dryRun=true` checks the same way and writes nothing. Format: docs/exchange.md.',
    request: {
      params: OrganisationParams,
      query: CsvImportQuerySchema,
      body: { content: { 'multipart/form-data': { schema: CsvImportFormSchema } }, required: true },
    },
    responses: {
      200: jsonResponse(CsvImportSummarySchema, 'A dry run: what would be imported'),
      201: jsonResponse(CsvImportSummarySchema, 'What was imported'),
      ...errorResponses,
    },
  }),
);

const exportFile = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/exports/csv/{kind}',
    tags: ['Exchange'],
    summary: 'Export stakeholders, relations or entries as CSV',
    description: 'The same columns the import reads: the three files imported into an empty organisation give every account the same figures.',
    request: { params: CsvExportParams },
    responses: {
      200: { content: { 'text/csv': { schema: z.string() } }, description: 'The file, comma-separated, UTF-8' },
      ...conflictResponse,
      ...errorResponses,
    },
  }),
);

export function csvExchangeRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(importFiles, async (c) => {
    const form = c.req.valid('form');
    const files: CsvFiles = {};
    for (const kind of CSV_KINDS) {
      const part = form[kind];
      if (part !== undefined) files[kind] = typeof part === 'string' ? new TextEncoder().encode(part) : new Uint8Array(await part.arrayBuffer());
    }
    const dryRun = c.req.valid('query').dryRun === 'true';
    const summary = await importCsv(c.var.ctx, c.req.valid('param').organisationId, files, { dryRun });
    return dryRun ? c.json(summary, 200) : c.json(summary, 201);
  });
  api.openapi(exportFile, async (c) => {
    const { organisationId, kind } = c.req.valid('param');
    return c.body(await exportCsv(c.var.ctx, organisationId, kind), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${kind}.csv"`,
    });
  });
}
