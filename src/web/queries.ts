import { useQuery } from '@tanstack/react-query';
import { getOverview, listRelations } from './api.ts';
import { getInvitation, getSession, getSetupStatus } from './auth-api.ts';
import { listMembers } from './members-api.ts';

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
