import type { ControlMeasure } from '../api/control-measure-schemas.ts';
import { getJson, request } from './http.ts';

/** A relation's control measures register: list, add, end. */

export type { ControlMeasure };
export type NewControlMeasure = Pick<ControlMeasure, 'kind' | 'description' | 'startedOn'> & { yearlyEuros?: number | null; yearlyHours?: number | null };

const measures = (organisationId: string, relationId: string) =>
  `/organisations/${encodeURIComponent(organisationId)}/relations/${encodeURIComponent(relationId)}/control-measures`;

export async function listControlMeasures(organisationId: string, relationId: string, signal?: AbortSignal): Promise<ControlMeasure[]> {
  return (await getJson<{ items: ControlMeasure[] }>(measures(organisationId, relationId), signal)).items;
}

export function addControlMeasure(organisationId: string, relationId: string, input: NewControlMeasure): Promise<ControlMeasure> {
  return request<ControlMeasure>(measures(organisationId, relationId), { method: 'POST', body: input });
}

export function endControlMeasure(organisationId: string, relationId: string, id: string, endedOn: string): Promise<ControlMeasure> {
  return request<ControlMeasure>(`${measures(organisationId, relationId)}/${encodeURIComponent(id)}/end`, { method: 'POST', body: { endedOn } });
}
