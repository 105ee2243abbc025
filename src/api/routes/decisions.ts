import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getAssessment, listOrganisationAssessments, previewAssessment, recordAssessment, reviewAssessment } from '../../app/assessments.ts';
import { paginate } from '../../app/cursor.ts';
import {
  createDilemma,
  decideDilemma,
  getDilemma,
  influenceNetwork,
  listOrganisationDilemmas,
  reviewDilemma,
  setInfluenceNetwork,
  simulateDilemma,
} from '../../app/dilemmas.ts';
import type { Foundation } from '../../domain/vocabulary.ts';
import {
  AssessmentAdviceSchema,
  AssessmentSchema,
  CreateDilemmaSchema,
  DecideSchema,
  DilemmaReviewSchema,
  DilemmaSchema,
  InfluenceNetworkSchema,
  PreviewAssessmentSchema,
  RecordAssessmentSchema,
  ReviewAssessmentSchema,
  SimulationQuerySchema,
  SimulationSchema,
} from '../decision-schemas.ts';
import { IdSchema, PageQuerySchema, pageOf } from '../schemas.ts';
import type { ApiEnv } from '../api-env.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, OrganisationParams, secured } from './common.ts';

const DilemmaParams = OrganisationParams.extend({ dilemmaId: IdSchema });
const AssessmentParams = OrganisationParams.extend({ assessmentId: IdSchema });
const tags = ['Decisions'];

const listDilemmas = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/dilemmas',
    tags,
    summary: 'List dilemmas',
    request: { params: OrganisationParams, query: PageQuerySchema },
    responses: { 200: jsonResponse(pageOf(DilemmaSchema, 'DilemmaPage'), 'Dilemmas, newest first'), ...errorResponses },
  }),
);
const createOne = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/dilemmas',
    tags,
    summary: 'Describe a dilemma with its options and their expected effects',
    request: { params: OrganisationParams, body: jsonBody(CreateDilemmaSchema) },
    responses: { 201: jsonResponse(DilemmaSchema, 'The dilemma'), ...errorResponses },
  }),
);
const getOne = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/dilemmas/{dilemmaId}',
    tags,
    summary: 'Get a dilemma',
    request: { params: DilemmaParams },
    responses: { 200: jsonResponse(DilemmaSchema, 'The dilemma'), ...errorResponses },
  }),
);
const simulate = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/dilemmas/{dilemmaId}/simulation',
    tags,
    summary: 'Every option against today’s ledger, side by side',
    description: 'Nothing is written. Per account T and balance before and after, band changes, the change in social capital, the worst-off, gainers and losers.',
    request: { params: DilemmaParams, query: SimulationQuerySchema },
    responses: { 200: jsonResponse(SimulationSchema, 'The trade-offs'), ...errorResponses },
  }),
);
const decide = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/dilemmas/{dilemmaId}/decision',
    tags,
    summary: 'Choose an option, with a justification',
    description: 'Books the option’s effects as `dilemma` entries (scaled by the impact) and keeps what was expected for the review, in one transaction.',
    request: { params: DilemmaParams, body: jsonBody(DecideSchema) },
    responses: { 200: jsonResponse(DilemmaSchema, 'The decided dilemma'), ...conflictResponse, ...errorResponses },
  }),
);
const review = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/dilemmas/{dilemmaId}/review',
    tags,
    summary: 'Expected against actual, per account',
    request: { params: DilemmaParams },
    responses: { 200: jsonResponse(DilemmaReviewSchema, 'The review'), ...conflictResponse, ...errorResponses },
  }),
);
const getNetwork = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/influence-network',
    tags,
    summary: 'The influence network: whose view of us moves whose',
    request: { params: OrganisationParams },
    responses: { 200: jsonResponse(InfluenceNetworkSchema, 'The edges'), ...errorResponses },
  }),
);
const putNetwork = createRoute(
  secured('editor', {
    method: 'put',
    path: '/organisations/{organisationId}/influence-network',
    tags,
    summary: 'Replace the influence network',
    description: 'Weights in (0, 1]; e.g. media → customers 0.3.',
    request: { params: OrganisationParams, body: jsonBody(InfluenceNetworkSchema) },
    responses: { 200: jsonResponse(InfluenceNetworkSchema, 'The edges as stored'), ...errorResponses },
  }),
);
const preview = createRoute(
  secured('viewer', {
    method: 'post',
    path: '/organisations/{organisationId}/assessments/preview',
    tags,
    summary: 'What the evidence advises before a leap (nothing kept)',
    request: { params: OrganisationParams, body: jsonBody(PreviewAssessmentSchema) },
    responses: { 200: jsonResponse(AssessmentAdviceSchema, 'The advice'), ...errorResponses },
  }),
);
const listAssessments = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/assessments',
    tags,
    summary: 'List weighed-trust assessments',
    request: { params: OrganisationParams, query: PageQuerySchema },
    responses: { 200: jsonResponse(pageOf(AssessmentSchema, 'AssessmentPage'), 'Newest first'), ...errorResponses },
  }),
);
const record = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/assessments',
    tags,
    summary: 'Keep an assessment with its decision and reasons',
    description: 'With `entry`, books it on the `given` account in the same transaction.',
    request: { params: OrganisationParams, body: jsonBody(RecordAssessmentSchema) },
    responses: { 201: jsonResponse(AssessmentSchema, 'The assessment'), ...errorResponses },
  }),
);
const getAssessmentRoute = createRoute(
  secured('viewer', {
    method: 'get',
    path: '/organisations/{organisationId}/assessments/{assessmentId}',
    tags,
    summary: 'Get an assessment',
    request: { params: AssessmentParams },
    responses: { 200: jsonResponse(AssessmentSchema, 'The assessment'), ...errorResponses },
  }),
);
const reviewAssessmentRoute = createRoute(
  secured('editor', {
    method: 'post',
    path: '/organisations/{organisationId}/assessments/{assessmentId}/review',
    tags,
    summary: 'Was the trust honoured?',
    request: { params: AssessmentParams, body: jsonBody(ReviewAssessmentSchema) },
    responses: { 200: jsonResponse(AssessmentSchema, 'The reviewed assessment'), ...conflictResponse, ...errorResponses },
  }),
);

type RatingsInput = Partial<Record<Foundation, number | null>>;

export function decisionRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(listDilemmas, async (c) => {
    const dilemmas = await listOrganisationDilemmas(c.var.ctx, c.req.valid('param').organisationId);
    return c.json(paginate(dilemmas, (d) => [d.createdAt, d.id], c.req.valid('query'), 'descending'), 200);
  });
  api.openapi(createOne, async (c) => c.json(await createDilemma(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json')), 201));
  api.openapi(getOne, async (c) => {
    const { organisationId, dilemmaId } = c.req.valid('param');
    return c.json(await getDilemma(c.var.ctx, organisationId, dilemmaId), 200);
  });
  api.openapi(simulate, async (c) => {
    const { organisationId, dilemmaId } = c.req.valid('param');
    return c.json(await simulateDilemma(c.var.ctx, organisationId, dilemmaId, { secondOrder: c.req.valid('query').secondOrder === 'true' }), 200);
  });
  api.openapi(decide, async (c) => {
    const { organisationId, dilemmaId } = c.req.valid('param');
    return c.json(await decideDilemma(c.var.ctx, organisationId, dilemmaId, c.req.valid('json')), 200);
  });
  api.openapi(review, async (c) => {
    const { organisationId, dilemmaId } = c.req.valid('param');
    return c.json(await reviewDilemma(c.var.ctx, organisationId, dilemmaId), 200);
  });
  api.openapi(getNetwork, async (c) => c.json({ edges: await influenceNetwork(c.var.ctx, c.req.valid('param').organisationId) }, 200));
  api.openapi(putNetwork, async (c) =>
    c.json({ edges: await setInfluenceNetwork(c.var.ctx, c.req.valid('param').organisationId, c.req.valid('json').edges) }, 200),
  );
  api.openapi(preview, async (c) => {
    const body = c.req.valid('json');
    return c.json(await previewAssessment(c.var.ctx, c.req.valid('param').organisationId, { ...body, ratings: body.ratings as RatingsInput }), 200);
  });
  api.openapi(listAssessments, async (c) => {
    const items = await listOrganisationAssessments(c.var.ctx, c.req.valid('param').organisationId);
    return c.json(paginate(items, (a) => [a.createdAt, a.id], c.req.valid('query'), 'descending'), 200);
  });
  api.openapi(record, async (c) => {
    const body = c.req.valid('json');
    return c.json(await recordAssessment(c.var.ctx, c.req.valid('param').organisationId, { ...body, ratings: body.ratings as RatingsInput }), 201);
  });
  api.openapi(getAssessmentRoute, async (c) => {
    const { organisationId, assessmentId } = c.req.valid('param');
    return c.json(await getAssessment(c.var.ctx, organisationId, assessmentId), 200);
  });
  api.openapi(reviewAssessmentRoute, async (c) => {
    const { organisationId, assessmentId } = c.req.valid('param');
    return c.json(await reviewAssessment(c.var.ctx, organisationId, assessmentId, c.req.valid('json')), 200);
  });
}
