import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isUnstorableText } from '../store/unstorable-text.ts';
import { ConflictError, NotFoundError, ResetLinkError, SurveyLinkError, ValidationError, type FieldIssue } from '../app/errors.ts';
import { isDatabaseUnavailable } from '../store/unavailable.ts';

/**
 * Errors as RFC 9457 problem details. `type` is a stable URI per kind of problem, so clients can
 * branch on it without parsing `title` or `detail`.
 */
const PROBLEM_TYPE = 'https://trust-ledger.example/problems/';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldIssue[];
}

export function problem(c: Context, status: ContentfulStatusCode, kind: string, title: string, detail?: string, errors?: readonly FieldIssue[]) {
  const body: ProblemBody = {
    type: PROBLEM_TYPE + kind,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors: [...errors] }),
  };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}

/** A problem a route answers with directly, thrown so the error handler renders it. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly kind: string,
    readonly title: string,
    readonly detail?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
    this.name = 'ProblemError';
  }
}

export function validationProblem(c: Context, issues: readonly FieldIssue[]) {
  const detail = issues.map((i) => `${i.field || '(body)'}: ${i.message}`).join('; ');
  return problem(c, 400, 'validation', 'The request is not valid', detail, issues);
}

/** Seconds a client is asked to wait when the database cannot be reached. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * The answer while the database cannot be reached (restarting, down, or locked): 503 with
 * Retry-After, not 500 — nothing is wrong with the request or the server, and the connection
 * pool reconnects by itself. Whether a write that was under way when the connection broke was
 * committed cannot always be known; the detail says so.
 */
export function unavailableProblem(c: Context, error: unknown) {
  console.warn(`[database] unavailable (answered 503): ${error instanceof Error ? error.message : String(error)}`);
  c.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  return problem(
    c,
    503,
    'database-unavailable',
    'The database cannot be reached at the moment',
    `Try again in a few seconds. A change sent just as the connection broke may or may not have been saved: look before sending it again.`,
  );
}

/** Maps what a use case or the framework threw to a problem response. */
export function problemFor(c: Context, error: unknown) {
  if (error instanceof ProblemError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return problem(c, error.status, error.kind, error.title, error.detail);
  }
  if (error instanceof ValidationError) return validationProblem(c, error.issues);
  if (error instanceof NotFoundError) return problem(c, 404, 'not-found', 'Not found', error.message);
  if (error instanceof ConflictError) return problem(c, 409, 'conflict', 'Conflict', error.message);
  if (error instanceof ResetLinkError) return problem(c, 400, 'reset-link-invalid', 'This password reset link does not work', error.message);
  if (error instanceof SurveyLinkError) {
    const status = ({ unknown: 404, used: 410, closed: 410, not_open_yet: 409 } as const)[error.reason];
    return problem(c, status, `survey-link-${error.reason.replace(/_/g, '-')}`, 'This survey link cannot be answered', error.message);
  }
  if (isUnstorableText(error)) {
    return validationProblem(c, [{ field: '', message: 'the request holds a character that cannot be stored (such as NUL)' }]);
  }
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message)) {
      return validationProblem(c, [{ field: '', message: 'the body is not valid JSON' }]);
    }
    return problem(c, error.status as ContentfulStatusCode, 'http', error.message || 'Request failed');
  }
  if (isDatabaseUnavailable(error)) return unavailableProblem(c, error);
  console.error(error);
  return problem(c, 500, 'internal', 'Something went wrong on the server', 'The error has been logged.');
}
