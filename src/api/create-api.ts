import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ZodError } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { FieldIssue } from '../app/errors.ts';
import { apiReferenceRoutes } from './api-reference.ts';
import { problem, problemFor, validationProblem } from './problem.ts';
import { accountRoutes } from './routes/accounts.ts';
import { entryRoutes } from './routes/entries.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { parameterRoutes } from './routes/parameters.ts';
import { relationRoutes } from './routes/relations.ts';
import { signalRoutes } from './routes/signals.ts';
import { stakeholderRoutes } from './routes/stakeholders.ts';
import { serveWeb } from './serve-web.ts';

export const API_BASE = '/api/v1';
/** Bodies beyond this are refused before they are parsed: no legitimate request comes close. */
export const MAX_BODY_BYTES = 1024 * 1024;

function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.'),
    // Zod's wording for an absent field is about types; say what the user needs to hear.
    message: /received undefined/.test(issue.message) ? 'is required' : issue.message,
  }));
}

/**
 * The HTTP application: the versioned JSON API, its OpenAPI document and reference page, health
 * checks, and the web application's files. Routes stay thin — validate, call one use case, answer.
 */
export function createApi(ctx: AppContext, options: { webRoot?: string | null } = {}): Hono {
  const api = new OpenAPIHono({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, fieldIssues(result.error))),
  });
  organisationRoutes(api, ctx);
  stakeholderRoutes(api, ctx);
  relationRoutes(api, ctx);
  accountRoutes(api, ctx);
  entryRoutes(api, ctx);
  parameterRoutes(api, ctx);
  signalRoutes(api, ctx);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Trust Ledger API',
      version: '1',
      description:
        'Keep the trust account of every relationship an organisation depends on. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: API_BASE }],
  });
  apiReferenceRoutes(api, API_BASE, `${API_BASE}/openapi.json`);

  const app = new Hono();
  app.use(
    `${API_BASE}/*`,
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problem(c, 413, 'too-large', 'The request body is too large', `At most ${MAX_BODY_BYTES} bytes.`),
    }),
  );
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await ctx.store.db.selectFrom('organisations').select('id').limit(1).execute();
      return c.json({ status: 'ready', database: ctx.store.dialect });
    } catch (error) {
      return problem(c, 503, 'not-ready', 'The database cannot be reached', String(error));
    }
  });
  app.route(API_BASE, api);
  app.all(`${API_BASE}/*`, (c) => problem(c, 404, 'not-found', 'Not found', `No API route ${c.req.method} ${c.req.path}`));
  if (options.webRoot !== null) serveWeb(app, options.webRoot ?? 'dist/web');
  app.onError((error, c: Context) => problemFor(c, error));
  return app;
}
