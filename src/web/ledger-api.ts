import type { AccountReading, Entry, LedgerLine, Page } from '../api/schemas.ts';
import { getJson, request } from './http.ts';

/** One account's history and the changes an editor makes to it: entries, reversals, a phase override. */
export type Phase = 'calculative' | 'cognitive' | 'value_based';
export type Intent = 'intentional' | 'unintentional' | 'unknown';

export interface Trend {
  readonly dates: readonly string[];
  readonly points: readonly AccountReading[];
}

export interface NewEntry {
  readonly accountId: string;
  readonly occurredOn: string;
  readonly foundation: Entry['foundation'];
  readonly amount: number;
  readonly intent: Intent | null;
  readonly note: string;
}

const org = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}`;
const account = (organisationId: string, accountId: string) => `${org(organisationId)}/accounts/${encodeURIComponent(accountId)}`;

export function getTrend(organisationId: string, accountId: string, signal?: AbortSignal): Promise<Trend> {
  return getJson<Trend>(`${account(organisationId, accountId)}/trend`, signal);
}

export const LEDGER_PAGE_SIZE = 50;

export function listEntries(organisationId: string, accountId: string, cursor: string | null, signal?: AbortSignal): Promise<Page<LedgerLine>> {
  const after = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
  return getJson<Page<LedgerLine>>(`${account(organisationId, accountId)}/entries?limit=${LEDGER_PAGE_SIZE}${after}`, signal);
}

export function createEntry(organisationId: string, entry: NewEntry): Promise<Entry> {
  return request<Entry>(`${org(organisationId)}/entries`, { method: 'POST', body: entry });
}

export function reverseEntry(organisationId: string, entryId: string, reason: string): Promise<Entry> {
  return request<Entry>(`${org(organisationId)}/entries/${encodeURIComponent(entryId)}/reversal`, { method: 'POST', body: { reason } });
}

export function setPhaseOverride(organisationId: string, accountId: string, phase: Phase | null, reason: string): Promise<unknown> {
  return request(`${account(organisationId, accountId)}/phase-override`, { method: 'PUT', body: { phase, reason } });
}
