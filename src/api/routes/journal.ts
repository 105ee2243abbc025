import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { exportJournal } from '../../app/journal-export.ts';
import type { ApiEnv } from '../api-env.ts';
import { errorResponses, OrganisationParams, secured } from './common.ts';

const JournalQuerySchema = z.object({
  parameterVersion: z.coerce.number().int().min(1).optional().openapi({ description: 'Weigh withdrawals under this version; the current one by default' }),
});

const journal = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/export.journal',
    tags: ['Exchange'],
    summary: 'The ledger as a plain-text accounting journal',
    description: 'For ledger-cli and hledger: one transaction per entry, in undecayed weights (TU). See docs/exchange-journal.md.',
    request: { params: OrganisationParams, query: JournalQuerySchema },
    responses: { 200: { content: { 'text/plain': { schema: z.string() } }, description: 'The journal' }, ...errorResponses },
  }),
);

export function journalRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(journal, async (c) => {
    const { organisationId } = c.req.valid('param');
    const text = await exportJournal(c.var.ctx, organisationId, c.req.valid('query'));
    c.header('content-disposition', `attachment; filename="trust-ledger-${organisationId}.journal"`);
    return c.text(text, 200);
  });
}
