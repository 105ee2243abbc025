import { useQuery, type QueryClient } from '@tanstack/react-query';
import { getScan, listInstruments, listScans } from './scans-api.ts';

/** The scan pages' server state, under the organisation's keys so that one change refreshes every view of it. */
const scansKey = (organisationId: string) => ['organisations', organisationId, 'scans'] as const;

export function useScans(organisationId: string) {
  return useQuery({ queryKey: scansKey(organisationId), queryFn: ({ signal }) => listScans(organisationId, signal) });
}

export function useScan(organisationId: string, scanId: string) {
  return useQuery({ queryKey: [...scansKey(organisationId), scanId], queryFn: ({ signal }) => getScan(organisationId, scanId, signal) });
}

export function useInstruments(organisationId: string) {
  return useQuery({ queryKey: ['organisations', organisationId, 'instruments'], queryFn: ({ signal }) => listInstruments(organisationId, signal) });
}

/**
 * After a scan is prepared, changed, opened, closed or given links: its list, its page and its
 * results follow, and so do the signals (a closed scan may show a perception gap).
 */
export async function refreshScans(queryClient: QueryClient, organisationId: string): Promise<void> {
  await Promise.all(
    (['scans', 'signals'] as const).map((key) => queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, key] })),
  );
}

export function refreshInstruments(queryClient: QueryClient, organisationId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'instruments'] });
}
