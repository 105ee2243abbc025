import type { Breach } from '../api/breach-schemas.ts';
import type { Page } from '../api/schemas.ts';
import type { Foundation } from './dimensions.ts';
import { getJson, request } from './http.ts';
import type { Intent } from './ledger-api.ts';

/** Breaches of trust and their repair, as the pages read and change them (`/organisations/{id}/breaches`). */
export type { Breach } from '../api/breach-schemas.ts';
export type BreachDirection = Breach['direction'];
export type BreachStatus = Breach['status'];
export type BreachIntent = Breach['intent'];
export type BreachScale = Breach['scale'];
export type BreachResponse = NonNullable<Breach['response']>['response'];
export type ResponseAdvice = NonNullable<Breach['responseAdvice']>[number];
export type Fit = ResponseAdvice['fit'];
export type ApologyState = 'planned' | 'done' | 'skipped';
export type RepairAction = Breach['actions'][number];

export const BREACH_DIRECTIONS = ['we_breached', 'they_breached'] as const satisfies readonly BreachDirection[];
export const BREACH_INTENTS = ['intentional', 'side_effect'] as const satisfies readonly BreachIntent[];
export const BREACH_SCALES = ['manifest', 'incidental'] as const satisfies readonly BreachScale[];
export const BREACH_RESPONSES = ['address', 'accept', 'complain', 'leave'] as const satisfies readonly BreachResponse[];
export const APOLOGY_STATES = ['planned', 'done', 'skipped'] as const satisfies readonly ApologyState[];
/** The six elements of an effective apology, in the order they are usually said. */
export const APOLOGY_ELEMENTS = ['regret', 'explanation', 'acknowledging_responsibility', 'repentance', 'offer_of_repair', 'request_for_forgiveness'] as const;
export type ApologyElement = (typeof APOLOGY_ELEMENTS)[number];
/** The two elements that weigh most (Lewicki, Polin & Lount 2016). */
export const WEIGHTIEST: ReadonlySet<ApologyElement> = new Set(['acknowledging_responsibility', 'offer_of_repair']);

export interface NewWithdrawal {
  readonly foundation: Foundation;
  /** −5…−1 */
  readonly amount: number;
  readonly intent: Intent;
  readonly note?: string;
  readonly occurredOn?: string;
}

export interface NewBreach {
  readonly relationId: string;
  readonly direction: BreachDirection;
  readonly occurredOn: string;
  readonly intent: BreachIntent;
  readonly scale: BreachScale;
  readonly description: string;
  readonly entryIds: readonly string[];
  readonly withdrawals: readonly NewWithdrawal[];
  readonly followUpOn: string | null;
}

export interface RepairPlan {
  readonly apology?: Partial<Record<ApologyElement, { state: ApologyState; note?: string }>>;
  readonly actions?: readonly { id?: string; description: string; owner?: string; dueOn: string | null; doneOn: string | null }[];
  readonly followUpOn?: string | null;
}

export interface RepairDeposit {
  readonly foundation: Foundation;
  /** 1…5 */
  readonly amount: number;
  readonly note?: string;
  readonly occurredOn?: string;
}

const LIMIT = 200;
const breaches = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}/breaches`;
const breach = (organisationId: string, id: string) => `${breaches(organisationId)}/${encodeURIComponent(id)}`;

/** Every breach of the organisation, or of one relation, newest first. */
export async function listBreaches(organisationId: string, relationId: string | null, signal?: AbortSignal): Promise<Breach[]> {
  const items: Breach[] = [];
  const filter = relationId === null ? '' : `&relationId=${encodeURIComponent(relationId)}`;
  let cursor: string | null = null;
  do {
    const after: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page: Page<Breach> = await getJson<Page<Breach>>(`${breaches(organisationId)}?limit=${LIMIT}${filter}${after}`, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

export function getBreach(organisationId: string, id: string, signal?: AbortSignal): Promise<Breach> {
  return getJson<Breach>(breach(organisationId, id), signal);
}

export function recordBreach(organisationId: string, input: NewBreach): Promise<Breach> {
  return request<Breach>(breaches(organisationId), { method: 'POST', body: input });
}

export function breachFromSignal(organisationId: string, input: { signalKey: string; description?: string }): Promise<Breach> {
  return request<Breach>(`${breaches(organisationId)}/from-signal`, { method: 'POST', body: input });
}

export function planRepair(organisationId: string, id: string, plan: RepairPlan): Promise<Breach> {
  return request<Breach>(`${breach(organisationId, id)}/plan`, { method: 'PATCH', body: plan });
}

export function recordRepairDeposit(organisationId: string, id: string, deposit: RepairDeposit): Promise<Breach> {
  return request<Breach>(`${breach(organisationId, id)}/repairs`, { method: 'POST', body: deposit });
}

export function respondToBreach(organisationId: string, id: string, choice: { response: BreachResponse; note?: string; alternatives: boolean | null }): Promise<Breach> {
  return request<Breach>(`${breach(organisationId, id)}/response`, { method: 'POST', body: choice });
}

export function moveBreach(organisationId: string, id: string, move: { status: BreachStatus; note?: string }): Promise<Breach> {
  return request<Breach>(`${breach(organisationId, id)}/status`, { method: 'POST', body: move });
}
