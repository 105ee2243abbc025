import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { exportOrganisation } from '../../app/organisation-export.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '../../app/organisation-export-format.ts';
import { importOrganisation } from '../../app/organisation-import.ts';
import { MyOrganisationSchema } from '../schemas.ts';
import type { ApiEnv } from '../api-env.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';

export const IMPORT_PATH = '/organisations/import';
/**
 * An import's body may be far larger than any other request: 64 MiB holds an organisation of
 * some 150,000 entries with its history. Larger ones move with the command line, which has no limit.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const ExportDocumentSchema = z
  .looseObject({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.number().int().openapi({ description: `${EXPORT_FORMAT_VERSION} is the version this server writes and reads` }),
  })
  .openapi('OrganisationExport', {
    description: 'Every record of an organisation and all its parameter versions; the sections and their fields are described in docs/exchange-json.md',
  });

const exportJson = createRoute(
  secured('owner', {
    method: 'get',
    path: '/organisations/{organisationId}/export.json',
    tags: ['Exchange'],
    summary: 'Export the whole organisation as JSON',
    description: 'Every record and parameter version, without passwords, sessions or API tokens. The export is audited (`export.json`).',
    request: { params: OrganisationParams },
    responses: { 200: jsonResponse(ExportDocumentSchema, 'The organisation, as an attachment'), ...errorResponses },
  }),
);

const importJson = createRoute(
  secured('signed-in', {
    method: 'post',
    path: IMPORT_PATH,
    tags: ['Exchange'],
    summary: 'Create an organisation from a JSON export',
    description: `All or nothing: every record and reference is checked first and any fault is named by its path. Ids are kept, so an organisation already in this database is refused (409). You become its owner; no one else gets access from the file. At most ${MAX_IMPORT_BYTES} bytes (413 beyond).`,
    request: { body: jsonBody(ExportDocumentSchema) },
    responses: { 201: jsonResponse(MyOrganisationSchema, 'The organisation created; you are its owner'), ...errorResponses, ...conflictResponse },
  }),
);

export function exchangeJsonRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(exportJson, async (c) => {
    const { organisationId } = c.req.valid('param');
    const document = await exportOrganisation(c.var.ctx, organisationId);
    c.header('content-disposition', `attachment; filename="trust-ledger-${organisationId}.json"`);
    return c.json(document, 200);
  });
  api.openapi(importJson, async (c) => {
    const principal = c.var.principal;
    // `signed-in` guarantees a person: an API token belongs to one organisation and cannot own another.
    const ownerUserId = principal?.kind === 'user' ? principal.user.id : undefined;
    const organisation = await importOrganisation(c.var.ctx, c.req.valid('json'), { ownerUserId });
    return c.json({ ...organisation, role: 'owner' as const }, 201);
  });
}
