import { useQuery, type QueryClient } from '@tanstack/react-query';
import { getBreach, listBreaches, type Breach } from './breaches-api.ts';

/** The breaches' server state, under the organisation's keys: a recorded entry anywhere refreshes their recovery too. */
const key = (organisationId: string, ...rest: readonly unknown[]) => ['organisations', organisationId, 'breaches', ...rest] as const;

/** The organisation's breaches, or one relation's; newest first. */
export function useBreaches(organisationId: string, relationId: string | null = null) {
  return useQuery({ queryKey: key(organisationId, 'list', relationId), queryFn: ({ signal }) => listBreaches(organisationId, relationId, signal) });
}

export function useBreach(organisationId: string, id: string) {
  return useQuery({ queryKey: key(organisationId, 'one', id), queryFn: ({ signal }) => getBreach(organisationId, id, signal) });
}

/**
 * After a breach changes: its own answer is shown at once, and every figure of the organisation
 * is read again, since a breach books entries, ends relations and clears signals.
 */
export async function breachChanged(queryClient: QueryClient, organisationId: string, breach: Breach): Promise<void> {
  queryClient.setQueryData(key(organisationId, 'one', breach.id), breach);
  await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId] });
}
