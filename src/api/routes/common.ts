import { z } from '@hono/zod-openapi';
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
  404: problemResponse('No such object in this organisation'),
  500: problemResponse('Unexpected server error'),
};

export const conflictResponse = { 409: problemResponse('The request contradicts what is recorded') };

export const OrganisationParams = z.object({ organisationId: IdSchema });
