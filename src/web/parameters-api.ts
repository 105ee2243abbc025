import type { Localized } from '../api/schemas.ts';
import { request } from './http.ts';

/** The model's parameters of an organisation (`/organisations/{id}/parameters`): every version, and a new one. */
export interface Parameters {
  readonly depositHalfLifeDays: number;
  readonly withdrawalHalfLifeDays: number;
  readonly withdrawalWeight: number;
  readonly intentionalFactor: number;
  readonly priorWeight: number;
  readonly baseRate: number;
  readonly baseRateByCategory: Readonly<Record<string, number>>;
}

/** The parameters that are one number each. */
export type NumericParameter = Exclude<keyof Parameters, 'baseRateByCategory'>;

export interface ParameterVersion {
  readonly version: number;
  readonly parameters: Parameters;
  readonly note: string;
  readonly createdAt: string;
}

export interface ParameterHistory {
  readonly current: ParameterVersion;
  /** Newest first. */
  readonly versions: readonly ParameterVersion[];
  readonly defaults: Parameters;
  readonly limits: Readonly<Record<string, { readonly min: number; readonly max: number }>>;
  readonly explanations: Readonly<Record<string, Localized>>;
}

export type ParameterChanges = Partial<Record<NumericParameter, number>> & { baseRateByCategory?: Readonly<Record<string, number>> };

const parameters = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}/parameters`;

export function getParameters(organisationId: string, signal?: AbortSignal): Promise<ParameterHistory> {
  return request<ParameterHistory>(parameters(organisationId), { signal });
}

export function changeParameters(organisationId: string, input: { changes: ParameterChanges; note: string }): Promise<ParameterVersion> {
  return request<ParameterVersion>(parameters(organisationId), { method: 'POST', body: input });
}
