import type { Assessment, AssessmentAdvice, Dilemma, DilemmaReview, Simulation } from '../api/decision-schemas.ts';
import type { Page } from '../api/schemas.ts';
import type { Foundation } from './dimensions.ts';
import { getJson, request } from './http.ts';
import type { Intent } from './ledger-api.ts';

/** Decisions as the page reads and makes them: dilemmas with their simulation, the influence network, weighed-trust assessments. */
export type { Assessment, AssessmentAdvice, Dilemma, DilemmaReview, Simulation } from '../api/decision-schemas.ts';
export type Outcome = Assessment['outcome'];
export type AssessmentWarning = AssessmentAdvice['warnings'][number];
export type Honoured = NonNullable<Assessment['review']>['honoured'];
export type OptionOutcome = Simulation['options'][number]['direct'];
export type AccountChange = OptionOutcome['changes'][number];

export interface NewEffect {
  readonly stakeholderId: string;
  readonly direction: 'received' | 'given';
  readonly foundation: Foundation;
  readonly amount: number;
  readonly intent: Intent | null;
  readonly note?: string;
}

export interface NewDilemma {
  readonly title: string;
  readonly context?: string;
  readonly valueConflict: string;
  readonly impact: number;
  readonly options: readonly { readonly title: string; readonly description?: string; readonly effects: readonly NewEffect[] }[];
}

export interface InfluenceEdge {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
}

export interface AssessmentQuestion {
  readonly stakeholderId: string;
  readonly leap: string;
  readonly gut: number;
  /** Foundation → −2…+2; a foundation left out is unknown. */
  readonly ratings: Readonly<Partial<Record<Foundation, number>>>;
  readonly vulnerability: number;
  readonly horizonOn: string | null;
}

export interface NewAssessment extends AssessmentQuestion {
  readonly decision: Outcome;
  readonly reasons: string;
  readonly entry: { readonly foundation: Foundation; readonly amount: number; readonly intent: Intent | null; readonly note?: string } | null;
}

const LIMIT = 200;
const org = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}`;
const dilemma = (organisationId: string, id: string) => `${org(organisationId)}/dilemmas/${encodeURIComponent(id)}`;
const assessment = (organisationId: string, id: string) => `${org(organisationId)}/assessments/${encodeURIComponent(id)}`;

async function getAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page: Page<T> = await getJson<Page<T>>(`${path}?limit=${LIMIT}${suffix}`, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

export function listDilemmas(organisationId: string, signal?: AbortSignal): Promise<Dilemma[]> {
  return getAll<Dilemma>(`${org(organisationId)}/dilemmas`, signal);
}

export function getDilemma(organisationId: string, id: string, signal?: AbortSignal): Promise<Dilemma> {
  return getJson<Dilemma>(dilemma(organisationId, id), signal);
}

export function createDilemma(organisationId: string, input: NewDilemma): Promise<Dilemma> {
  return request<Dilemma>(`${org(organisationId)}/dilemmas`, { method: 'POST', body: input });
}

export function simulateDilemma(organisationId: string, id: string, secondOrder: boolean, signal?: AbortSignal): Promise<Simulation> {
  return getJson<Simulation>(`${dilemma(organisationId, id)}/simulation?secondOrder=${secondOrder}`, signal);
}

export function decideDilemma(organisationId: string, id: string, input: { optionId: string; justification: string; reviewOn?: string }): Promise<Dilemma> {
  return request<Dilemma>(`${dilemma(organisationId, id)}/decision`, { method: 'POST', body: input });
}

export function reviewDilemma(organisationId: string, id: string, signal?: AbortSignal): Promise<DilemmaReview> {
  return getJson<DilemmaReview>(`${dilemma(organisationId, id)}/review`, signal);
}

export function getInfluenceNetwork(organisationId: string, signal?: AbortSignal): Promise<{ edges: InfluenceEdge[] }> {
  return getJson(`${org(organisationId)}/influence-network`, signal);
}

export function setInfluenceNetwork(organisationId: string, edges: readonly InfluenceEdge[]): Promise<{ edges: InfluenceEdge[] }> {
  return request(`${org(organisationId)}/influence-network`, { method: 'PUT', body: { edges } });
}

export function previewAssessment(organisationId: string, question: AssessmentQuestion & { decision: Outcome | null }, signal?: AbortSignal): Promise<AssessmentAdvice> {
  return request<AssessmentAdvice>(`${org(organisationId)}/assessments/preview`, { method: 'POST', body: question, signal });
}

export function listAssessments(organisationId: string, signal?: AbortSignal): Promise<Assessment[]> {
  return getAll<Assessment>(`${org(organisationId)}/assessments`, signal);
}

export function getAssessment(organisationId: string, id: string, signal?: AbortSignal): Promise<Assessment> {
  return getJson<Assessment>(assessment(organisationId, id), signal);
}

export function recordAssessment(organisationId: string, input: NewAssessment): Promise<Assessment> {
  return request<Assessment>(`${org(organisationId)}/assessments`, { method: 'POST', body: input });
}

export function reviewAssessment(organisationId: string, id: string, review: { honoured: Honoured; note?: string }): Promise<Assessment> {
  return request<Assessment>(`${assessment(organisationId, id)}/review`, { method: 'POST', body: review });
}
