import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getScan, getScanResult } from './scan-results-api.ts';

/** A scan and its results, under the organisation's keys, so that refreshing the organisation's figures refreshes them too. */
const scanKey = (organisationId: string, scanId: string) => ['organisations', organisationId, 'scans', scanId] as const;

export function useScan(organisationId: string, scanId: string) {
  return useQuery({ queryKey: scanKey(organisationId, scanId), queryFn: ({ signal }) => getScan(organisationId, scanId, signal) });
}

/** The result for the whole scan (no segments) or a part of its group; the previous result stays on screen while another loads. */
export function useScanResult(organisationId: string, scanId: string, segments: readonly string[], enabled: boolean) {
  return useQuery({
    queryKey: [...scanKey(organisationId, scanId), 'results', segments.join(',')],
    queryFn: ({ signal }) => getScanResult(organisationId, scanId, segments, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
