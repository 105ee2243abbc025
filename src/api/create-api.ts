import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { ZodError } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { FieldIssue } from '../app/errors.ts';
import type { ApiEnv } from './api-env.ts';
import { apiReferenceRoutes } from './api-reference.ts';
import { authenticate, SESSION_COOKIE } from './authenticate.ts';
import { problem, problemFor, UNAVAILABLE_RETRY_AFTER_SECONDS, validationProblem } from './problem.ts';
import { accountRoutes } from './routes/accounts.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { breachRoutes } from './routes/breaches.ts';
import { csvExchangeRoutes } from './routes/csv-exchange.ts';
import { controlMeasureRoutes } from './routes/control-measures.ts';
import { statementRoutes } from './routes/statement.ts';
import { decisionRoutes } from './routes/decisions.ts';
import { entryRoutes } from './routes/entries.ts';
import { exchangeJsonRoutes, IMPORT_PATH, MAX_IMPORT_BYTES } from './routes/exchange-json.ts';
import { journalRoutes } from './routes/journal.ts';
import { memberRoutes } from './routes/members.ts';
import { privacyRoutes } from './routes/privacy.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { parameterRoutes } from './routes/parameters.ts';
import { relationRoutes } from './routes/relations.ts';
import { scanRoutes } from './routes/scans.ts';
import { signalRoutes } from './routes/signals.ts';
import { stakeholderRoutes } from './routes/stakeholders.ts';
import { surveyRoutes } from './routes/surveys.ts';
import { serveWeb } from './serve-web.ts';

export const API_BASE = '/api/v1';
/** Bodies beyond this are refused before they are parsed: no legitimate request comes close. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A strict Content-Security-Policy: only our own scripts, no inline script, no eval, no framing.
 * Inline styles are allowed because Mantine and Swagger UI set style attributes at run time; a
 * style cannot run code.
 */
const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  // Pages are served over plain HTTP on localhost too; HSTS belongs to the TLS front in production.
  strictTransportSecurity: false,
} satisfies Parameters<typeof secureHeaders>[0];

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
  const api = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, fieldIssues(result.error))),
  });
  api.use('*', authenticate(ctx));
  authRoutes(api);
  organisationRoutes(api);
  memberRoutes(api);
  tokenRoutes(api);
  auditRoutes(api);
  stakeholderRoutes(api);
  privacyRoutes(api);
  relationRoutes(api);
  accountRoutes(api);
  entryRoutes(api);
  parameterRoutes(api);
  signalRoutes(api);
  scanRoutes(api);
  decisionRoutes(api);
  breachRoutes(api);
  csvExchangeRoutes(api);
  controlMeasureRoutes(api);
  statementRoutes(api);
  surveyRoutes(api);
  exchangeJsonRoutes(api);
  journalRoutes(api);
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'An API token (tl_…)' });
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
  app.use('*', secureHeaders(SECURITY_HEADERS));
  const limitTo = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => problem(c, 413, 'too-large', 'The request body is too large', `At most ${maxSize} bytes.`) });
  const defaultLimit = limitTo(MAX_BODY_BYTES);
  // A whole organisation's import is the one body that may be large.
  const importLimit = limitTo(MAX_IMPORT_BYTES);
  app.use(`${API_BASE}/*`, (c, next) => (c.req.path === `${API_BASE}${IMPORT_PATH}` ? importLimit(c, next) : defaultLimit(c, next)));
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await ctx.store.db.selectFrom('organisations').select('id').limit(1).execute();
      return c.json({ status: 'ready', database: ctx.store.dialect });
    } catch (error) {
      // Not ready is an answer here, not an error: the pool keeps trying, and so does the probe.
      c.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      return problem(c, 503, 'not-ready', 'The database cannot be reached', String(error));
    }
  });
  app.route(API_BASE, api);
  app.all(`${API_BASE}/*`, (c) => problem(c, 404, 'not-found', 'Not found', `No API route ${c.req.method} ${c.req.path}`));
  if (options.webRoot !== null) serveWeb(app, options.webRoot ?? 'dist/web');
  app.onError((error, c: Context) => problemFor(c, error));
  return app;
}
