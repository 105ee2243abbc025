import type { Page, Relation, Stakeholder } from '../api/schemas.ts';
import type { Level, Scope } from '../domain/vocabulary.ts';
import { getJson, request } from './http.ts';

/** The stakeholders of an organisation as the stakeholders page reads and changes them. */

/** What the form sends: the stakeholder's own fields. */
export interface StakeholderFields {
  readonly name: string;
  readonly category: string;
  readonly level: Level;
  readonly importance: number;
  readonly influence: number;
  readonly interest: number;
  readonly vulnerability: number;
  readonly tags: readonly string[];
}

/** The relation opened together with a new stakeholder, so that it has its two trust accounts. */
export interface NewRelation {
  readonly startedOn?: string;
  readonly scope?: Scope;
  readonly cadenceDays?: number;
}

/** The 201 answer: the stakeholder, with the relation opened for it (null when none was asked for). */
export type CreatedStakeholder = Stakeholder & { readonly relation: { readonly id: string } | null };

const LIMIT = 200; // the most one page may hold (PageQuerySchema)

function base(organisationId: string): string {
  return `/organisations/${encodeURIComponent(organisationId)}`;
}

async function getAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page: Page<T> = await getJson<Page<T>>(`${path}${suffix}`, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

/** Every stakeholder, archived ones included. */
export function listStakeholders(organisationId: string, signal?: AbortSignal): Promise<Stakeholder[]> {
  return getAll<Stakeholder>(`${base(organisationId)}/stakeholders?limit=${LIMIT}`, signal);
}

/** Every relation, those of archived stakeholders included, so that an archived row still shows its figures. */
export function listAllRelations(organisationId: string, signal?: AbortSignal): Promise<Relation[]> {
  return getAll<Relation>(`${base(organisationId)}/relations?limit=${LIMIT}&archived=include`, signal);
}

export function createStakeholder(organisationId: string, fields: StakeholderFields, relation: NewRelation): Promise<CreatedStakeholder> {
  return request(`${base(organisationId)}/stakeholders`, { method: 'POST', body: { ...fields, relation } });
}

export function updateStakeholder(organisationId: string, stakeholderId: string, fields: Partial<StakeholderFields>): Promise<Stakeholder> {
  return request(`${base(organisationId)}/stakeholders/${encodeURIComponent(stakeholderId)}`, { method: 'PATCH', body: fields });
}

export function archiveStakeholder(organisationId: string, stakeholderId: string): Promise<Stakeholder> {
  return request(`${base(organisationId)}/stakeholders/${encodeURIComponent(stakeholderId)}/archive`, { method: 'POST', body: {} });
}

export function restoreStakeholder(organisationId: string, stakeholderId: string): Promise<Stakeholder> {
  return request(`${base(organisationId)}/stakeholders/${encodeURIComponent(stakeholderId)}/restore`, { method: 'POST', body: {} });
}
