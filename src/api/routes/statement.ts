import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { exportStatement } from '../../app/statement-export.ts';
import { STATEMENT_FORMATS } from '../../app/statement-formats.ts';
import { LANGUAGES } from '../../domain/vocabulary.ts';
import type { ApiEnv } from '../api-env.ts';
import { IsoDateSchema } from '../schemas.ts';
import { errorResponses, OrganisationParams, secured } from './common.ts';

const StatementQuerySchema = z.object({
  asOf: IsoDateSchema.optional().openapi({ description: 'Defaults to today' }),
  compareWith: IsoDateSchema.optional().openapi({ description: 'An earlier date; defaults to a year before asOf' }),
  lang: z.enum(LANGUAGES).default('en'),
  format: z.enum(STATEMENT_FORMATS).default('html'),
});

const statement = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/statement',
    tags: ['Reports'],
    summary: 'The social-capital statement as a self-contained HTML page or a PDF',
    description:
      'Balance and trust per level and category, the tripod, phases, strongest and weakest relations, open signals, breaches, scans (as far as anonymity allows), decisions, the dividend and interest of trust, and control spending against trust — as of a date beside an earlier one. Audited as an export.',
    request: { params: OrganisationParams, query: StatementQuerySchema },
    responses: {
      200: {
        content: { 'text/html': { schema: z.string() }, 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
        description: 'The statement',
      },
      ...errorResponses,
    },
  }),
);

export function statementRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(statement, async (c) => {
    const { asOf, compareWith, lang, format } = c.req.valid('query');
    const file = await exportStatement(c.var.ctx, c.req.valid('param').organisationId, { asOf, compareWith, language: lang, format });
    const disposition = format === 'pdf' ? 'attachment' : 'inline';
    return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), 200, {
      'content-type': file.contentType,
      'content-disposition': `${disposition}; filename="${file.filename}"`,
    });
  });
}
