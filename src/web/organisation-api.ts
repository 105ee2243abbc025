import type { Organisation } from '../api/schemas.ts';
import { getJson, request } from './http.ts';

/** One organisation's own record (`/organisations/{id}`): its name and time zone, and changing them. */
const path = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}`;

export function getOrganisation(organisationId: string, signal?: AbortSignal): Promise<Organisation> {
  return getJson<Organisation>(path(organisationId), signal);
}

export function editOrganisation(organisationId: string, changes: { name?: string; timeZone?: string }): Promise<Organisation> {
  return request<Organisation>(path(organisationId), { method: 'PATCH', body: changes });
}
