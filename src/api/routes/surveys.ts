import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { describeScanInvitation, submitScanResponse } from '../../app/scan-invitations.ts';
import { QuestionnaireSchema, ResponseSchema, SurveyTokenParams } from '../scan-schemas.ts';
import { ProblemSchema } from '../schemas.ts';
import type { ApiEnv } from '../api-env.ts';
import { errorResponses, jsonBody, jsonResponse, secured } from './common.ts';

/**
 * The respondent's side: no account, only the link. These routes say nothing about who a link was
 * made for and record nothing that ties an answer to a moment or a person.
 */

const linkProblems = {
  404: { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'The link is not known (type …/survey-link-unknown)' },
  409: { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'The survey is not open yet (…/survey-link-not-open-yet)' },
  410: {
    content: { 'application/problem+json': { schema: ProblemSchema } },
    description: 'The link was used (…/survey-link-used) or the survey has closed (…/survey-link-closed)',
  },
};

const questionnaire = createRoute(
  secured('public', {
    method: 'get',
    path: '/surveys/{token}',
    tags: ['Answering a trust scan'],
    summary: 'The questions behind a survey link',
    request: { params: SurveyTokenParams },
    responses: { 200: jsonResponse(QuestionnaireSchema, 'The questionnaire'), ...errorResponses, ...linkProblems },
  }),
);

const answer = createRoute(
  secured('public', {
    method: 'post',
    path: '/surveys/{token}/responses',
    tags: ['Answering a trust scan'],
    summary: 'Answer a survey',
    description: 'Every statement needs an answer from 1 to 5; the open question is optional. The link then stops working.',
    request: { params: SurveyTokenParams, body: jsonBody(ResponseSchema) },
    responses: { 201: jsonResponse(z.object({ thanks: z.literal(true) }), 'Received'), ...errorResponses, ...linkProblems },
  }),
);

export function surveyRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(questionnaire, async (c) => c.json(await describeScanInvitation(c.var.ctx, c.req.valid('param').token), 200));
  api.openapi(answer, async (c) => c.json(await submitScanResponse(c.var.ctx, c.req.valid('param').token, c.req.valid('json')), 201));
}
