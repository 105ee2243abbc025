import type { CreateScan, Instrument, IssuedInvitations, Scan } from '../api/scan-schemas.ts';
import type { Localized, Page } from '../api/schemas.ts';
import { getJson, request } from './http.ts';

/** The trust scans of an organisation as the scan pages read and change them, and the instruments they use. */

export type { Instrument, IssuedInvitations, Scan } from '../api/scan-schemas.ts';
export type ScanFields = CreateScan;
export type ScanStatus = Scan['status'];
export type SurveyKind = Scan['kind'];
export type TargetType = Scan['target']['type'];

/** New wording for an instrument: a name, statements by id, the open question; what is left out keeps its words. */
export interface InstrumentWording {
  readonly name?: string;
  readonly statements?: Readonly<Record<string, Localized>>;
  readonly openQuestion?: Localized;
}

const LIMIT = 200; // the most one page may hold (PageQuerySchema)

const org = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}`;
const scanPath = (organisationId: string, scanId: string) => `${org(organisationId)}/scans/${encodeURIComponent(scanId)}`;

/** Every scan of the organisation, newest first. */
export async function listScans(organisationId: string, signal?: AbortSignal): Promise<Scan[]> {
  const items: Scan[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page: Page<Scan> = await getJson<Page<Scan>>(`${org(organisationId)}/scans?limit=${LIMIT}${suffix}`, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

export function getScan(organisationId: string, scanId: string, signal?: AbortSignal): Promise<Scan> {
  return getJson<Scan>(scanPath(organisationId, scanId), signal);
}

export function createScan(organisationId: string, fields: ScanFields): Promise<Scan> {
  return request<Scan>(`${org(organisationId)}/scans`, { method: 'POST', body: fields });
}

export function editScan(organisationId: string, scanId: string, fields: Partial<ScanFields>): Promise<Scan> {
  return request<Scan>(scanPath(organisationId, scanId), { method: 'PATCH', body: fields });
}

export type ScanTransition = 'open' | 'close';

export function moveScan(organisationId: string, scanId: string, transition: ScanTransition): Promise<Scan> {
  return request<Scan>(`${scanPath(organisationId, scanId)}/${transition}`, { method: 'POST' });
}

/** Single-use links to answer the scan, for the whole group or one stakeholder of it. The answer is the only copy of the links. */
export function issueInvitations(organisationId: string, scanId: string, count: number, segment: string | null): Promise<IssuedInvitations> {
  return request<IssuedInvitations>(`${scanPath(organisationId, scanId)}/invitations`, { method: 'POST', body: { count, segment } });
}

/** The standard instruments, then the newest version of each of the organisation's own. */
export async function listInstruments(organisationId: string, signal?: AbortSignal): Promise<Instrument[]> {
  return (await getJson<{ items: Instrument[] }>(`${org(organisationId)}/instruments`, signal)).items;
}

export function copyInstrument(organisationId: string, from: string, wording: InstrumentWording): Promise<Instrument> {
  return request<Instrument>(`${org(organisationId)}/instruments`, { method: 'POST', body: { from, ...wording } });
}

export function reviseInstrument(organisationId: string, instrumentId: string, wording: InstrumentWording): Promise<Instrument> {
  return request<Instrument>(`${org(organisationId)}/instruments/${encodeURIComponent(instrumentId)}/versions`, { method: 'POST', body: wording });
}
