import type { Overview, Page, Relation } from '../api/schemas.ts';
import { getJson, request } from './http.ts';

/** The organisations' ledgers as the page reads them (the overview, every relation), and a new organisation. */

/** Follows `nextCursor` until the last page and returns every item. */
async function getAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  const separator = path.includes('?') ? '&' : '?';
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `${separator}cursor=${encodeURIComponent(cursor)}`;
    const page: Page<T> = await getJson<Page<T>>(`${path}${suffix}`, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

export function getOverview(organisationId: string, signal?: AbortSignal): Promise<Overview> {
  return getJson<Overview>(`/organisations/${encodeURIComponent(organisationId)}/overview`, signal);
}

export function listRelations(organisationId: string, signal?: AbortSignal): Promise<Relation[]> {
  return getAll<Relation>(`/organisations/${encodeURIComponent(organisationId)}/relations?limit=200`, signal);
}

/** Creates an organisation; the signed-in user becomes its owner. */
export function createOrganisation(name: string): Promise<{ id: string; name: string; createdAt: string; role: string }> {
  return request('/organisations', { method: 'POST', body: { name } });
}

export function getRelation(organisationId: string, relationId: string, signal?: AbortSignal): Promise<Relation> {
  return getJson<Relation>(`/organisations/${encodeURIComponent(organisationId)}/relations/${encodeURIComponent(relationId)}`, signal);
}
