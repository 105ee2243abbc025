import { z, type RouteConfig } from '@hono/zod-openapi';
import { authorise, type Access } from '../authorise.ts';
import { IdSchema, ProblemSchema } from '../schemas.ts';

/** Pieces every route description shares. */

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

const problemResponse = (description: string) => ({
  content: { 'application/problem+json': { schema: ProblemSchema } },
  description,
});

export const errorResponses = {
  400: problemResponse('The request is not valid; `errors` names each field'),
  401: problemResponse('Not signed in, or the API token is not valid'),
  403: problemResponse('Your role does not allow this, or a cross-site write was refused'),
  404: problemResponse('No such object in this organisation'),
  500: problemResponse('Unexpected server error'),
};

export const conflictResponse = { 409: problemResponse('The request contradicts what is recorded') };

export const OrganisationParams = z.object({ organisationId: IdSchema });

const SECURITY = [{ session: [] }, { bearer: [] }];

/**
 * A route with who may call it: the check runs before the input is validated, and the required
 * access is written into the OpenAPI document (`x-access`), where the isolation tests read it.
 */
export function secured<R extends RouteConfig>(access: Access, route: R): R {
  if (access === 'public') return { ...route, security: [], 'x-access': access };
  return { ...route, middleware: [authorise(access)], security: SECURITY, 'x-access': access };
}
