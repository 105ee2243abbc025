import type { MiddlewareHandler } from 'hono';
import { roleAllows, type Role } from '../domain/roles.ts';
import type { ApiEnv } from './api-env.ts';
import { problem } from './problem.ts';

/**
 * Who may call a route: anyone (`public`); any caller at all, person or token (`authenticated`);
 * any signed-in person (`signed-in`, for what concerns the person rather than an organisation);
 * or members of the path's organisation with at least a role. API tokens act only within their
 * own organisation.
 */
export type Access = 'public' | 'authenticated' | 'signed-in' | Role;

export function authorise(access: Exclude<Access, 'public'>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (principal === null) {
      return problem(c, 401, 'unauthenticated', 'Sign in first', 'This needs a signed-in user or an API token.');
    }
    if (access === 'authenticated') return next();
    if (access === 'signed-in') {
      if (principal.kind !== 'user') return problem(c, 403, 'forbidden', 'Not for API tokens', 'Only a signed-in person can do this.');
      return next();
    }
    const organisationId = c.req.param('organisationId');
    const role =
      principal.kind === 'token'
        ? principal.token.organisationId === organisationId
          ? principal.token.role
          : undefined
        : principal.memberships.find((m) => m.organisationId === organisationId)?.role;
    // Another organisation's objects are not there for you: 404, so their existence stays hidden.
    if (role === undefined) return problem(c, 404, 'not-found', 'Not found', `organisation ${organisationId} was not found`);
    if (!roleAllows(role, access)) {
      return problem(c, 403, 'forbidden', 'Your role does not allow this', `This needs the ${access} role; you are ${role}.`);
    }
    c.set('role', role);
    return next();
  };
}
