import type { Scan, ScanResult } from '../api/scan-schemas.ts';
import { getJson, request } from './http.ts';

/** A closed scan's results, their CSV export, and booking them in the ledger (and back). */

const scanPath = (organisationId: string, scanId: string) =>
  `/organisations/${encodeURIComponent(organisationId)}/scans/${encodeURIComponent(scanId)}`;

/** The query for a part of the scan's group; none for the whole scan. */
function segmentQuery(segments: readonly string[], format?: 'csv'): string {
  const params = new URLSearchParams();
  if (segments.length > 0) params.set('segments', segments.join(','));
  if (format) params.set('format', format);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function getScan(organisationId: string, scanId: string, signal?: AbortSignal): Promise<Scan> {
  return getJson<Scan>(scanPath(organisationId, scanId), signal);
}

export function getScanResult(organisationId: string, scanId: string, segments: readonly string[], signal?: AbortSignal): Promise<ScanResult> {
  return getJson<ScanResult>(`${scanPath(organisationId, scanId)}/results${segmentQuery(segments)}`, signal);
}

/** Where the browser downloads the results as CSV (the session cookie goes along by itself). */
export function scanResultCsvUrl(organisationId: string, scanId: string, segments: readonly string[]): string {
  return `/api/v1${scanPath(organisationId, scanId)}/results${segmentQuery(segments, 'csv')}`;
}

export function bookScan(organisationId: string, scanId: string): Promise<Scan> {
  return request<Scan>(`${scanPath(organisationId, scanId)}/book`, { method: 'POST' });
}

export function unbookScan(organisationId: string, scanId: string, reason: string): Promise<Scan> {
  return request<Scan>(`${scanPath(organisationId, scanId)}/unbook`, { method: 'POST', body: reason ? { reason } : {} });
}
