import { useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { getOverview, getRelation, listRelations } from './api.ts';
import { getTrend, listEntries } from './ledger-api.ts';
import { getInvitation, getSession, getSetupStatus } from './auth-api.ts';
import { listMembers } from './members-api.ts';
import { getOrganisation } from './organisation-api.ts';
import { getParameters } from './parameters-api.ts';
import { listSignals } from './signals-api.ts';

/** The server state the page reads, cached by TanStack Query under stable keys. */
export const SESSION_KEY = ['session'] as const;
export const SETUP_KEY = ['setup'] as const;

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: ({ signal }) => getSession(signal), staleTime: Infinity });
}

export function useSetupStatus() {
  return useQuery({ queryKey: SETUP_KEY, queryFn: ({ signal }) => getSetupStatus(signal) });
}

export function useInvitation(token: string) {
  return useQuery({ queryKey: ['invitation', token], queryFn: ({ signal }) => getInvitation(token, signal), staleTime: Infinity });
}

export function useOverview(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'overview'],
    queryFn: ({ signal }) => getOverview(organisationId, signal),
  });
}

export function useRelations(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'relations'],
    queryFn: ({ signal }) => listRelations(organisationId, signal),
  });
}

export function useMembers(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'members'],
    queryFn: ({ signal }) => listMembers(organisationId, signal),
  });
}

export function useRelation(organisationId: string, relationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'relation', relationId],
    queryFn: ({ signal }) => getRelation(organisationId, relationId, signal),
  });
}

export function useTrend(organisationId: string, accountId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'account', accountId, 'trend'],
    queryFn: ({ signal }) => getTrend(organisationId, accountId, signal),
  });
}

export function useLedger(organisationId: string, accountId: string) {
  return useInfiniteQuery({
    queryKey: ['organisations', organisationId, 'account', accountId, 'entries'],
    queryFn: ({ signal, pageParam }) => listEntries(organisationId, accountId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useSignals(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'signals'],
    queryFn: ({ signal }) => listSignals(organisationId, signal),
  });
}

export function useOrganisation(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'record'],
    queryFn: ({ signal }) => getOrganisation(organisationId, signal),
  });
}

export function useParameters(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'parameters'],
    queryFn: ({ signal }) => getParameters(organisationId, signal),
  });
}

/** After an entry is recorded or reversed, a phase set or the parameters changed: every figure of the organisation may have moved. */
export function refreshFigures(queryClient: QueryClient, organisationId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['organisations', organisationId] });
}
